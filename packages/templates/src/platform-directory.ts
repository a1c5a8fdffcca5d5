import type { Directory } from '@signoff/schemas'

/** The platform tenant's display name: the operator of this Signoff installation. */
export const platformTenantName = 'Signoff 平台'

/** The platform tenant, which runs the certification apps on behalf of organizations. */
export const platformDirectory: Directory = {
  departments: [
    { id: 'platform', name: platformTenantName, parentId: null, headId: null },
    { id: 'certificationReview', name: '认证审核组', parentId: 'platform', headId: null },
  ],
  roles: [
    { id: 'initialReviewer', name: { 'zh-CN': '初审', en: 'Initial reviewer' } },
    { id: 'secondReviewer', name: { 'zh-CN': '复审', en: 'Second reviewer' } },
    { id: 'orgAdmin', name: { 'zh-CN': '平台管理员', en: 'Platform admin' } },
  ],
  users: [
    { id: 'reviewer1', name: '审核员一', departmentId: 'certificationReview', roles: ['initialReviewer'] },
    { id: 'reviewer2', name: '审核员二', departmentId: 'certificationReview', roles: ['secondReviewer'] },
    // Edits and republishes the certification apps in the designer, like any owner edits theirs.
    { id: 'operator', name: '平台管理员', departmentId: 'platform', roles: ['orgAdmin'] },
  ],
}
