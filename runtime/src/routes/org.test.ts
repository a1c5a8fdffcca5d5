import { validateDirectory } from '@signoff/schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certify } from '../certification/testing/certify.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session
let member: Session
let outsider: Session
beforeAll(async () => {
  server = await testServer()
  // The deactivation test revokes an API token, which only a certified organization can create.
  await certify(server.db)
  admin = await server.signIn('admin')
  member = await server.signIn('zhangsan')
  outsider = await server.signIn('reviewer1')
})
afterAll(() => server.close())

async function audit(): Promise<{ action: string; targetId: string; detail: Record<string, unknown> }[]> {
  return (await (await admin.request('GET', '/api/v1/audit')).json()).items
}

describe('departments', () => {
  it('lists the tree with heads', async () => {
    const body = await (await member.request('GET', '/api/v1/departments')).json()
    expect(body.items).toHaveLength(9)
    expect(body.tree).toHaveLength(1)
    expect(body.tree[0]).toMatchObject({ id: 'root', headId: 'sunba' })
    const marketing = body.tree[0].children.find((d: { id: string }) => d.id === 'marketing')
    expect(marketing.children.map((d: { id: string }) => d.id)).toEqual(['brand'])
  })

  it('creates, renames, moves and sets heads; refuses cycles and unknown references', async () => {
    const created = await admin.request('POST', '/api/v1/departments', {
      json: { id: 'design', name: '设计组', parentId: 'marketing', headId: 'lisi' },
    })
    expect(created.status).toBe(201)
    const moved = await admin.request('PATCH', '/api/v1/departments/design', {
      json: { parentId: 'rnd', name: '设计' },
    })
    expect(await moved.json()).toEqual({ id: 'design', name: '设计', parentId: 'rnd', headId: 'lisi' })
    const cycle = await admin.request('PATCH', '/api/v1/departments/rnd', { json: { parentId: 'design' } })
    expect(cycle.status).toBe(400)
    expect((await cycle.json()).error).toMatchObject({ code: 'department_cycle', path: '/parentId' })
    const unknownHead = await admin.request('PATCH', '/api/v1/departments/design', {
      json: { headId: 'ghost' },
    })
    expect((await unknownHead.json()).error).toMatchObject({ code: 'unknown_user', path: '/headId' })
    const duplicate = await admin.request('POST', '/api/v1/departments', {
      json: { id: 'design', name: 'x' },
    })
    expect(duplicate.status).toBe(409)
    const badName = await admin.request('POST', '/api/v1/departments', { json: { name: '' } })
    expect((await badName.json()).error).toMatchObject({ code: 'schema.minLength', path: '/name' })
  })

  it('refuses members (403) and other tenants (404)', async () => {
    expect((await member.request('POST', '/api/v1/departments', { json: { name: 'x' } })).status).toBe(403)
    expect((await member.request('PATCH', '/api/v1/departments/brand', { json: { name: 'x' } })).status).toBe(
      403,
    )
    const platformAdmin = outsider
    expect(
      (await platformAdmin.request('PATCH', '/api/v1/departments/brand', { json: { name: 'x' } })).status,
    ).toBe(403)
  })
})

describe('users', () => {
  it('creates a member with roles (login as id when it is an identifier) and audits the role grant', async () => {
    const response = await admin.request('POST', '/api/v1/users', {
      json: {
        login: 'wangfang',
        name: '王芳',
        departmentId: 'finance',
        roles: ['financeManager'],
        password: 'longenough',
      },
    })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({
      id: 'wangfang',
      roles: ['financeManager'],
      hasPassword: true,
    })
    expect((await server.signIn('wangfang', { password: 'longenough' })).csrf).toBeTruthy()
    expect(
      (await audit()).some((entry) => entry.action === 'user.roles' && entry.targetId === 'wangfang'),
    ).toBe(true)
    const dotted = await (
      await admin.request('POST', '/api/v1/users', { json: { login: 'li.na', name: '李娜' } })
    ).json()
    expect(dotted.id).toMatch(/^u_[0-9a-f]{20}$/)
  })

  it.each([
    [{ login: 'zhangsan', name: 'dup' }, 409, 'login_taken', '/login'],
    [{ login: 'Bad Login', name: 'x' }, 400, 'schema.pattern', '/login'],
    [{ login: 'newbie', name: 'x', roles: ['nosuch'] }, 400, 'unknown_role', '/roles/0'],
    [{ login: 'newbie', name: 'x', departmentId: 'nosuch' }, 400, 'unknown_department', '/departmentId'],
    [{ login: 'newbie', name: 'x', password: 'short' }, 400, 'schema.minLength', '/password'],
    [{ login: 'newbie', name: 'x', extra: 1 }, 400, 'schema.additionalProperties', '/extra'],
  ])('refuses %j with %i %s at %s', async (json, status, code, path) => {
    const response = await admin.request('POST', '/api/v1/users', { json })
    expect(response.status).toBe(status)
    expect((await response.json()).error).toMatchObject({ code, path })
  })

  it('lets members change their own contact details but nothing else', async () => {
    const own = await member.request('PATCH', '/api/v1/users/zhangsan', { json: { phone: '13800138000' } })
    expect(await own.json()).toMatchObject({ phone: '13800138000' })
    expect(
      (await member.request('PATCH', '/api/v1/users/zhangsan', { json: { roles: ['orgAdmin'] } })).status,
    ).toBe(403)
    expect((await member.request('PATCH', '/api/v1/users/lisi', { json: { name: 'x' } })).status).toBe(403)
  })

  it('audits role changes made through PATCH', async () => {
    await admin.request('PATCH', '/api/v1/users/fenger', {
      json: { roles: ['technicalEvaluator', 'projectManager'] },
    })
    const entry = (await audit()).find((item) => item.action === 'user.roles' && item.targetId === 'fenger')
    expect(entry?.detail).toEqual({
      before: ['technicalEvaluator'],
      after: ['technicalEvaluator', 'projectManager'],
    })
  })

  it('deactivates: sign-in and existing sessions and tokens stop, the directory marks them inactive, the audit log records it', async () => {
    const leaver = await server.signIn('zhengyi')
    const { token } = await (await leaver.request('POST', '/api/v1/tokens', { json: { name: 'x' } })).json()
    const response = await admin.request('POST', '/api/v1/users/zhengyi/deactivate')
    expect(await response.json()).toMatchObject({ id: 'zhengyi', active: false })
    expect((await leaver.request('GET', '/api/v1/me')).status).toBe(401)
    expect(
      (await server.request('GET', '/api/v1/me', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401)
    await expect(server.signIn('zhengyi')).rejects.toThrow(/401/)
    const directory = await (await admin.request('GET', '/api/v1/directory')).json()
    expect(directory.users.find((user: { id: string }) => user.id === 'zhengyi').active).toBe(false)
    expect(
      (await audit()).some((entry) => entry.action === 'user.deactivate' && entry.targetId === 'zhengyi'),
    ).toBe(true)
    const self = await admin.request('POST', '/api/v1/users/admin/deactivate')
    expect(self.status).toBe(409)
  })

  it("answers 404 for another tenant's users", async () => {
    expect((await outsider.request('GET', '/api/v1/users/sunba')).status).toBe(404)
    expect((await member.request('GET', '/api/v1/users/reviewer1')).status).toBe(404)
    const list = await (await outsider.request('GET', '/api/v1/users')).json()
    expect(list.items.map((user: { id: string }) => user.id)).toEqual(['operator', 'reviewer1', 'reviewer2'])
  })
})

describe('roles', () => {
  it('creates roles, grants and revokes membership, audited; members may not', async () => {
    expect(
      (await admin.request('POST', '/api/v1/roles', { json: { id: 'auditor', name: { 'zh-CN': '审计' } } }))
        .status,
    ).toBe(201)
    expect(
      (await admin.request('POST', '/api/v1/roles', { json: { id: 'auditor', name: { 'zh-CN': '审计' } } }))
        .status,
    ).toBe(409)
    const granted = await admin.request('POST', '/api/v1/roles/auditor/members', {
      json: { userId: 'wushi' },
    })
    expect((await granted.json()).members).toEqual(['wushi'])
    const revoked = await admin.request('DELETE', '/api/v1/roles/auditor/members/wushi')
    expect((await revoked.json()).members).toEqual([])
    expect((await admin.request('DELETE', '/api/v1/roles/auditor/members/wushi')).status).toBe(404)
    const actions = (await audit())
      .filter((entry) => entry.targetId === 'auditor')
      .map((entry) => entry.action)
    expect(actions.sort()).toEqual(['role.create', 'role.grant', 'role.revoke'])
    expect(
      (await member.request('POST', '/api/v1/roles/auditor/members', { json: { userId: 'zhangsan' } }))
        .status,
    ).toBe(403)
    expect((await outsider.request('GET', '/api/v1/roles')).status).toBe(200)
    expect(
      (await admin.request('POST', '/api/v1/roles/initialReviewer/members', { json: { userId: 'wushi' } }))
        .status,
    ).toBe(404)
  })
})

describe('delegations', () => {
  it('lets members delegate their own tasks for a date range and shows it in the directory', async () => {
    const created = await member.request('POST', '/api/v1/delegations', {
      json: { to: 'lisi', from: '2026-04-01', until: '2026-04-07' },
    })
    expect(created.status).toBe(201)
    const { id } = await created.json()
    const directory = await (await member.request('GET', '/api/v1/directory')).json()
    expect(directory.users.find((user: { id: string }) => user.id === 'zhangsan').delegations).toEqual([
      { to: 'lisi', from: '2026-04-01', until: '2026-04-07' },
    ])
    expect((await (await server.signIn('lisi')).request('DELETE', `/api/v1/delegations/${id}`)).status).toBe(
      404,
    )
    expect((await member.request('DELETE', `/api/v1/delegations/${id}`)).status).toBe(204)
  })

  it.each([
    [{ to: 'lisi', from: '2026-04-07', until: '2026-04-01' }, 400, '/until'],
    [{ to: 'zhangsan', from: '2026-04-01', until: '2026-04-02' }, 400, '/to'],
    [{ to: 'reviewer1', from: '2026-04-01', until: '2026-04-02' }, 400, '/to'],
    [{ to: 'lisi', from: '2026-13-01', until: '2026-04-02' }, 400, '/from'],
    [{ userId: 'lisi', to: 'wangwu', from: '2026-04-01', until: '2026-04-02' }, 403, undefined],
  ])('refuses %j', async (json, status, path) => {
    const response = await member.request('POST', '/api/v1/delegations', { json })
    expect(response.status).toBe(status)
    if (path) expect((await response.json()).error.path).toBe(path)
  })
})

describe('directory', () => {
  it('returns a valid Directory of the caller tenant only', async () => {
    const directory = await (await member.request('GET', '/api/v1/directory')).json()
    expect(validateDirectory(directory)).toEqual({ ok: true, value: directory })
    expect(directory.users.map((user: { id: string }) => user.id)).toContain('sunba')
    expect(directory.users.map((user: { id: string }) => user.id)).not.toContain('reviewer1')
  })

  it('keeps the audit log for org admins', async () => {
    expect((await member.request('GET', '/api/v1/audit')).status).toBe(403)
  })
})
