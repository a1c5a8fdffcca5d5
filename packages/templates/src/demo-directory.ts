import type { Directory } from '@signoff/schemas'

/** The demo tenant's display name; the root department carries the same name. */
export const demoTenantName = '示例科技有限公司'

/**
 * The demo organization from DESIGN.md ("Demo data"). Login = user id. `admin` has no
 * department: an administrator account, not an employee in the tree.
 */
export const demoDirectory: Directory = {
  departments: [
    { id: 'root', name: demoTenantName, parentId: null, headId: 'sunba' },
    { id: 'generalOffice', name: '总经办', parentId: 'root', headId: 'sunba' },
    { id: 'finance', name: '财务部', parentId: 'root', headId: 'qianqi' },
    { id: 'marketing', name: '市场部', parentId: 'root', headId: 'wangwu' },
    { id: 'brand', name: '品牌组', parentId: 'marketing', headId: 'lisi' },
    { id: 'rnd', name: '研发部', parentId: 'root', headId: 'yangliu' },
    { id: 'purchasing', name: '采购部', parentId: 'root', headId: 'chensan' },
    { id: 'humanResources', name: '人事部', parentId: 'root', headId: 'zhoujiu' },
    { id: 'legal', name: '法务合规部', parentId: 'root', headId: 'wushi' },
  ],
  roles: [
    { id: 'generalManager', name: { 'zh-CN': '总经理', en: 'General manager' } },
    { id: 'cfo', name: { 'zh-CN': '首席财务官', en: 'CFO' } },
    { id: 'financeManager', name: { 'zh-CN': '财务经理', en: 'Finance manager' } },
    { id: 'projectManager', name: { 'zh-CN': '项目经理', en: 'Project manager' } },
    { id: 'technicalEvaluator', name: { 'zh-CN': '技术评审', en: 'Technical evaluator' } },
    { id: 'procurementOfficer', name: { 'zh-CN': '采购专员', en: 'Procurement officer' } },
    { id: 'hr', name: { 'zh-CN': '人事', en: 'HR' } },
    { id: 'compliance', name: { 'zh-CN': '合规', en: 'Compliance' } },
    { id: 'employee', name: { 'zh-CN': '员工', en: 'Employee' } },
    { id: 'orgAdmin', name: { 'zh-CN': '组织管理员', en: 'Organization admin' } },
  ],
  users: [
    { id: 'sunba', name: '孙八', departmentId: 'generalOffice', roles: ['generalManager'] },
    { id: 'qianqi', name: '钱七', departmentId: 'finance', roles: ['cfo'] },
    { id: 'zhaoliu', name: '赵六', departmentId: 'finance', roles: ['financeManager'] },
    { id: 'wangwu', name: '王五', departmentId: 'marketing', roles: [] },
    { id: 'lisi', name: '李四', departmentId: 'brand', roles: [] },
    { id: 'zhangsan', name: '张三', departmentId: 'brand', roles: ['employee'] },
    { id: 'yangliu', name: '杨六', departmentId: 'rnd', roles: [] },
    { id: 'zhengyi', name: '郑一', departmentId: 'rnd', roles: ['projectManager'] },
    { id: 'fenger', name: '冯二', departmentId: 'rnd', roles: ['technicalEvaluator'] },
    { id: 'chensan', name: '陈三', departmentId: 'purchasing', roles: ['procurementOfficer'] },
    { id: 'zhoujiu', name: '周九', departmentId: 'humanResources', roles: ['hr'] },
    { id: 'wushi', name: '吴十', departmentId: 'legal', roles: ['compliance'] },
    { id: 'admin', name: '管理员', departmentId: null, roles: ['orgAdmin'] },
  ],
}
