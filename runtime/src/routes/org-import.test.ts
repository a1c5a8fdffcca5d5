import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session
beforeAll(async () => {
  server = await testServer()
  admin = await server.signIn('admin')
})
afterAll(() => server.close())

const header = 'login,name,email,phone,department,roles,head'
const upload = (csv: string, session = admin, type = 'text/csv') =>
  session.request('POST', '/api/v1/org/import', { body: csv, headers: { 'content-type': type } })

async function userCount(): Promise<number> {
  return (await (await admin.request('GET', '/api/v1/users')).json()).items.length
}

describe('POST /org/import', () => {
  it('reports every bad row with its line and paths, and imports nothing', async () => {
    const before = await userCount()
    const csv = [
      header,
      'liuyi,刘一,liuyi@example.com,13800000001,市场部/品牌组,employee,no',
      'Bad Login,坏,,,,,',
      'liuyi,重复,,,研发部,,',
      'chenxi,陈曦,not-an-email,123,研发部,nosuch;employee,maybe',
      'zhangsan,张三,,,市场部,,',
      'heada,甲,,,法务合规部/合同组,,yes',
      'headb,乙,,,法务合规部/合同组,,yes',
    ].join('\n')
    const response = await upload(csv)
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.code).toBe('import_invalid')
    const byLine = Object.fromEntries(
      error.rows.map((row: { line: number; issues: { code: string; path: string }[] }) => [
        row.line,
        row.issues.map((issue) => `${issue.code}@${issue.path}`).sort(),
      ]),
    )
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 8])
    // One issue per cell: an empty required department is `import.empty`, not two schema errors.
    expect(byLine[3]).toEqual(['import.empty@/department', 'import.invalid@/login'])
    expect(byLine[4]).toEqual(['duplicate_login@/login'])
    expect(byLine[5]).toEqual(
      expect.arrayContaining([
        'import.invalid@/email',
        'import.invalid@/head',
        'import.invalid@/phone',
        'unknown_role@/roles',
      ]),
    )
    expect(byLine[6]).toEqual(['login_taken@/login'])
    expect(byLine[8]).toEqual(['two_heads@/head'])
    // What a translated message needs to name comes as params.
    const issuesOf = (line: number) =>
      error.rows.find((row: { line: number }) => row.line === line).issues as {
        code: string
        params?: Record<string, unknown>
      }[]
    expect(issuesOf(4)[0]?.params).toEqual({ line: 2 })
    expect(issuesOf(5).find((issue) => issue.code === 'unknown_role')?.params).toEqual({ role: 'nosuch' })
    expect(issuesOf(8)[0]?.params).toEqual({ head: 'heada' })
    expect(await userCount()).toBe(before)
    const departments = (await (await admin.request('GET', '/api/v1/departments')).json()).items
    expect(departments.some((d: { name: string }) => d.name === '合同组')).toBe(false)
  })

  it.each([
    ['an unknown column', 'login,name,department,salary\nab,x,y,1', 'unknown_column'],
    ['a missing required column', 'login,name\nab,x', 'missing_column'],
    ['a header only', header, 'empty'],
  ])('refuses %s at line 1', async (_, csv, code) => {
    const { error } = await (await upload(csv)).json()
    expect(error.rows[0]).toMatchObject({ line: 1 })
    expect(error.rows[0].issues.map((issue: { code: string }) => issue.code)).toContain(code)
  })

  it('imports good rows: departments created from paths (root name optional), roles, heads; audited', async () => {
    const csv = [
      header,
      'liuyi,刘一,liuyi@example.com,13800000001,市场部/品牌组,employee,no',
      'he.ping,何平,,,示例科技有限公司/法务合规部/合同组,compliance;employee,yes',
      'sunqi,孙七,,,法务合规部/合同组,,',
    ].join('\r\n')
    const response = await upload(csv)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ imported: 3, createdDepartments: ['法务合规部/合同组'] })
    const directory = await (await admin.request('GET', '/api/v1/directory')).json()
    const contracts = directory.departments.find((d: { name: string }) => d.name === '合同组')
    expect(contracts.parentId).toBe('legal')
    const users = Object.fromEntries(directory.users.map((user: { name: string }) => [user.name, user]))
    expect(users['刘一']).toMatchObject({
      id: 'liuyi',
      departmentId: 'brand',
      roles: ['employee'],
      email: 'liuyi@example.com',
    })
    expect(users['何平'].id).toMatch(/^u_/)
    expect(users['何平'].roles).toEqual(['compliance', 'employee'])
    expect(contracts.headId).toBe(users['何平'].id)
    expect(users['孙七'].departmentId).toBe(contracts.id)
    const audit = (await (await admin.request('GET', '/api/v1/audit')).json()).items
    expect(audit.find((entry: { action: string }) => entry.action === 'org.import')).toMatchObject({
      actorId: 'admin',
      detail: { imported: 3 },
    })
  })

  it('requires text/csv (415) and an org admin (403)', async () => {
    expect((await upload(`${header}\nab,x,,,y,,`, admin, 'application/json')).status).toBe(415)
    const member = await server.signIn('zhangsan')
    expect((await upload(`${header}\nab,x,,,y,,`, member)).status).toBe(403)
  })
})
