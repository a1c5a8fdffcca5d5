import { sampleSubmissions } from '@signoff/templates'
import { certify } from '../certification/testing/certify.ts'
import { seedTenant } from '../seed/seed-tenant.ts'
import { fastHasher } from '../testing/fast-hasher.ts'
import { appIdOf, theOpenTask } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'
import { fileOf, upload } from '../testing/uploads.ts'

/** The callers every route is tried with; `admin` (the demo org admin) is the control that proves the ids are real. */
export const principalNames = [
  'anonymous',
  'member',
  'approver',
  'appAdmin',
  'foreignAdmin',
  'reviewer',
  'admin',
] as const
export type PrincipalName = (typeof principalNames)[number]

const logins: Record<Exclude<PrincipalName, 'anonymous'>, { login: string; tenant?: string }> = {
  // wushi has no part in the objects below
  member: { login: 'wushi' },
  // yangliu holds the task of zhengyi's instance, not of zhangsan's
  approver: { login: 'yangliu' },
  // fenger administers the side app only
  appAdmin: { login: 'fenger' },
  foreignAdmin: { login: 'boss', tenant: 'acme' },
  reviewer: { login: 'reviewer1' },
  admin: { login: 'admin' },
}

/** Ids of real objects of the demo tenant, by the path parameter that names them. */
export interface DemoIds {
  appId: string
  number: string
  instanceId: string
  taskId: string
  attachmentId: string
  webhookId: string
  roleId: string
  departmentId: string
  userId: string
  delegationId: string
  tokenId: string
}

export interface World {
  server: TestServer
  ids: DemoIds
  /** The unpublished side app, administered by fenger: members may not see it. */
  sideAppId: string
  /** A session of the caller (a fresh one after it was ended); undefined for anonymous. */
  as: (name: PrincipalName) => Promise<Session | undefined>
  forget: (name: PrincipalName) => void
}

async function ok(response: Promise<LooseJson>, what: string): Promise<LooseJson> {
  const answer = await response
  if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${await answer.text()}`)
  return answer.status === 204 ? undefined : answer.json()
}

/** A second organization, Acme, whose only user `boss` is its org admin. */
export async function seedAcme(server: TestServer): Promise<void> {
  await seedTenant(
    server.db,
    {
      id: 'acme',
      slug: 'acme',
      name: 'Acme',
      kind: 'organization',
      certification_level: 'none',
      created_at: '2026-01-01T00:00:00Z',
    },
    {
      departments: [{ id: 'root', name: 'Acme', parentId: null, headId: 'boss' }],
      roles: [{ id: 'orgAdmin', name: { 'zh-CN': '组织管理员' } }],
      users: [{ id: 'boss', name: 'Boss', departmentId: 'root', roles: ['orgAdmin'] }],
    },
    await fastHasher.hash('demo1234'),
  )
}

/**
 * The demo tenant with one of everything a path can name: zhangsan's leave instance (with a proof
 * file) waiting on lisi, zhengyi's waiting on yangliu, a side app administered by fenger, a webhook,
 * a role with a member, a department, a user, zhangsan's delegation and API token.
 */
export async function buildWorld(): Promise<World> {
  const server = await testServer({ webhookAllowHosts: ['127.0.0.1'] })
  await seedAcme(server)
  // Certified as an individual business, so its webhook and tokens exist and it may still apply as an
  // enterprise; Acme is not, so it gets certification.required for them.
  await certify(server.db, 'demo', 'individual')
  const admin = await server.signIn('admin')
  const zhangsan = await server.signIn('zhangsan')
  const leave = await appIdOf(admin, 'leave')

  const side = await ok(
    admin.request('POST', '/api/v1/apps', { json: { key: 'side', name: { 'zh-CN': '副应用' } } }),
    'side app',
  )
  const draft = await admin.request('GET', `/api/v1/apps/${side.id}/draft`)
  const definition = await draft.json()
  definition.settings.admins = ['fenger']
  await ok(
    admin.request('PUT', `/api/v1/apps/${side.id}/draft`, {
      json: definition,
      headers: { 'if-match': draft.headers.get('etag') ?? '' },
    }),
    'side draft',
  )

  const proof = await ok(upload(zhangsan, fileOf('image/png'), 'proof.png'), 'upload')
  const instance = await ok(
    zhangsan.request('POST', `/api/v1/apps/${leave}/instances`, {
      json: { values: { ...sampleSubmissions.leave.values, leaveType: 'sick', proof: [proof] } },
    }),
    'start',
  )
  const task = await theOpenTask(await server.signIn('lisi'), instance.id)
  const zhengyi = await server.signIn('zhengyi')
  await ok(
    zhengyi.request('POST', `/api/v1/apps/${leave}/instances`, {
      json: { values: { ...sampleSubmissions.leave.values, delegate: 'fenger' } },
    }),
    'second start',
  )

  const webhook = await ok(
    admin.request('POST', '/api/v1/webhooks', {
      json: { url: 'http://127.0.0.1:9/hook', events: ['started'] },
    }),
    'webhook',
  )
  await ok(
    admin.request('POST', '/api/v1/departments', { json: { id: 'lab', name: '实验室', parentId: 'root' } }),
    'department',
  )
  await ok(
    admin.request('POST', '/api/v1/users', {
      json: { login: 'xiaoming', name: '小明', departmentId: 'lab' },
    }),
    'user',
  )
  await ok(
    admin.request('POST', '/api/v1/roles', { json: { id: 'auditors', name: { 'zh-CN': '审计' } } }),
    'role',
  )
  await ok(
    admin.request('POST', '/api/v1/roles/auditors/members', { json: { userId: 'xiaoming' } }),
    'role member',
  )
  const delegation = await ok(
    zhangsan.request('POST', '/api/v1/delegations', {
      json: { to: 'lisi', from: '2026-04-01', until: '2026-04-07' },
    }),
    'delegation',
  )
  const token = await ok(zhangsan.request('POST', '/api/v1/tokens', { json: { name: 'ci' } }), 'token')

  const cache = new Map<PrincipalName, Promise<Session>>()
  const as = (name: PrincipalName) => {
    if (name === 'anonymous') return Promise.resolve(undefined)
    let session = cache.get(name)
    if (!session) {
      const { login, tenant } = logins[name]
      session = server.signIn(login, tenant ? { tenant } : {})
      cache.set(name, session)
    }
    return session
  }
  return {
    server,
    sideAppId: side.id,
    ids: {
      appId: leave,
      number: '1',
      instanceId: instance.id,
      taskId: task.id,
      attachmentId: proof.id,
      webhookId: webhook.id,
      roleId: 'auditors',
      departmentId: 'lab',
      userId: 'xiaoming',
      delegationId: delegation.id,
      tokenId: token.id,
    },
    as,
    forget: (name) => {
      cache.delete(name)
    },
  }
}
