import type { Directory } from '@signoff/schemas'
import { validateDirectory } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { demoDirectory } from './demo-directory.ts'
import { platformDirectory } from './platform-directory.ts'

// DESIGN.md: the head of one's department, or of the parent department for a head.
function supervisorOf(directory: Directory, userId: string): string | undefined {
  const departments = new Map(directory.departments.map((d) => [d.id, d]))
  let department = departments.get(directory.users.find((u) => u.id === userId)?.departmentId ?? '')
  while (department && (department.headId === userId || department.headId === null)) {
    department = departments.get(department.parentId ?? '')
  }
  return department?.headId ?? undefined
}

function chainOf(directory: Directory, userId: string): string[] {
  const next = supervisorOf(directory, userId)
  return next ? [next, ...chainOf(directory, next)] : []
}

describe.each([
  ['demo', demoDirectory],
  ['platform', platformDirectory],
])('the %s directory', (_name, directory) => {
  it('validates against the directory schema', () => {
    const result = validateDirectory(directory)
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it('refers only to its own departments, roles and users', () => {
    const departments = new Set(directory.departments.map((d) => d.id))
    const roles = new Set(directory.roles.map((r) => r.id))
    const users = new Set(directory.users.map((u) => u.id))
    expect(directory.departments.filter((d) => d.parentId !== null && !departments.has(d.parentId))).toEqual(
      [],
    )
    expect(directory.departments.filter((d) => d.headId !== null && !users.has(d.headId))).toEqual([])
    expect(
      directory.users.filter((u) => u.departmentId !== null && !departments.has(u.departmentId)),
    ).toEqual([])
    expect(directory.users.flatMap((u) => u.roles).filter((r) => !roles.has(r))).toEqual([])
  })
})

describe('the demo organization', () => {
  const user = (id: string) => demoDirectory.users.find((u) => u.id === id)
  const department = (id: string) => demoDirectory.departments.find((d) => d.id === id)

  it.each([
    ['zhangsan', ['lisi', 'wangwu', 'sunba']],
    ['lisi', ['wangwu', 'sunba']],
    ['zhaoliu', ['qianqi', 'sunba']],
    ['qianqi', ['sunba']],
    ['zhengyi', ['yangliu', 'sunba']],
    ['sunba', []],
  ])("%s's supervisors upwards are %j", (id, chain) => {
    expect(chainOf(demoDirectory, id)).toEqual(chain)
  })

  it.each([
    ['sunba', 'generalOffice', ['generalManager']],
    ['qianqi', 'finance', ['cfo']],
    ['zhaoliu', 'finance', ['financeManager']],
    ['wangwu', 'marketing', []],
    ['lisi', 'brand', []],
    ['zhangsan', 'brand', ['employee']],
    ['yangliu', 'rnd', []],
    ['zhengyi', 'rnd', ['projectManager']],
    ['fenger', 'rnd', ['technicalEvaluator']],
    ['chensan', 'purchasing', ['procurementOfficer']],
    ['zhoujiu', 'humanResources', ['hr']],
    ['wushi', 'legal', ['compliance']],
    ['admin', null, ['orgAdmin']],
  ])('%s sits in %s with roles %j', (id, departmentId, roles) => {
    expect(user(id)).toMatchObject({ departmentId, roles })
  })

  it('has the departments of DESIGN.md under one root headed by sunba', () => {
    expect(department('root')).toMatchObject({ name: '示例科技有限公司', parentId: null, headId: 'sunba' })
    expect(demoDirectory.departments.filter((d) => d.parentId === 'root').map((d) => d.name)).toEqual([
      '总经办',
      '财务部',
      '市场部',
      '研发部',
      '采购部',
      '人事部',
      '法务合规部',
    ])
    expect(department('brand')).toMatchObject({ name: '品牌组', parentId: 'marketing', headId: 'lisi' })
    expect(demoDirectory.users).toHaveLength(13)
  })
})

describe('the platform tenant', () => {
  it('has one initial and one second reviewer, and an admin who edits the certification apps', () => {
    expect(platformDirectory.users.map((u) => [u.id, u.roles])).toEqual([
      ['reviewer1', ['initialReviewer']],
      ['reviewer2', ['secondReviewer']],
      ['operator', ['orgAdmin']],
    ])
  })
})
