import type { AppDefinition } from '@signoff/schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentHash } from '../apps/content-hash.ts'
import { seedTenant } from '../seed/seed-tenant.ts'
import { fastHasher } from '../testing/fast-hasher.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session
let member: Session
let otherAdmin: Session
let leaveId: string

interface AppItem {
  id: string
  key: string
  currentVersion: number | null
  canEdit: boolean
  canStart: boolean
  draftRevision?: number
}

beforeAll(async () => {
  server = await testServer()
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
  admin = await server.signIn('admin')
  member = await server.signIn('zhangsan')
  otherAdmin = await server.signIn('boss', { tenant: 'acme' })
  const list: AppItem[] = (await (await admin.request('GET', '/api/v1/apps')).json()).items
  leaveId = list.find((app) => app.key === 'leave')?.id ?? ''
})
afterAll(() => server.close())

async function draftOf(id: string, session = admin) {
  const response = await session.request('GET', `/api/v1/apps/${id}/draft`)
  return { etag: response.headers.get('etag') ?? '', app: (await response.json()) as AppDefinition }
}

async function createApp(json: object): Promise<AppItem> {
  const response = await admin.request('POST', '/api/v1/apps', { json })
  expect(response.status).toBe(201)
  return response.json()
}

describe('the demo apps', () => {
  it('lists the three organization templates (oldest first, then by key), published, to admins as editable and to members as startable', async () => {
    const forAdmin: AppItem[] = (await (await admin.request('GET', '/api/v1/apps')).json()).items
    expect(forAdmin.map((app) => [app.key, app.currentVersion, app.canEdit])).toEqual([
      ['leave', 1, true],
      ['procurement', 1, true],
      ['reimbursement', 1, true],
    ])
    const forMember: AppItem[] = (await (await member.request('GET', '/api/v1/apps')).json()).items
    expect(forMember.map((app) => [app.key, app.canEdit, app.canStart])).toEqual([
      ['leave', false, true],
      ['procurement', false, true],
      ['reimbursement', false, true],
    ])
    expect(forMember[0]).not.toHaveProperty('draftRevision')
    const platform = await server.signIn('reviewer1')
    const certification: AppItem[] = (await (await platform.request('GET', '/api/v1/apps')).json()).items
    expect(certification.map((app) => app.key)).toEqual([
      'enterprise-certification',
      'individual-certification',
    ])
  })

  it('gives members the published definition but not the draft or versions (403)', async () => {
    const app = await (await member.request('GET', `/api/v1/apps/${leaveId}`)).json()
    expect(app.published.key).toBe('leave')
    for (const path of ['draft', 'versions', 'versions/1', 'export', 'diff?from=1&to=1']) {
      expect((await member.request('GET', `/api/v1/apps/${leaveId}/${path}`)).status).toBe(403)
    }
    expect((await member.request('POST', `/api/v1/apps/${leaveId}/publish`, { json: {} })).status).toBe(403)
  })

  it("answers 404 for another tenant's app ids on every route", async () => {
    for (const [method, path] of [
      ['GET', ''],
      ['GET', '/draft'],
      ['GET', '/versions'],
      ['GET', '/versions/1'],
      ['GET', '/export'],
    ]) {
      expect((await otherAdmin.request(method as string, `/api/v1/apps/${leaveId}${path}`)).status).toBe(404)
    }
    const put = await otherAdmin.request('PUT', `/api/v1/apps/${leaveId}/draft`, {
      json: (await draftOf(leaveId)).app,
      headers: { 'if-match': '"r1"' },
    })
    expect(put.status).toBe(404)
    expect((await otherAdmin.request('POST', `/api/v1/apps/${leaveId}/publish`, { json: {} })).status).toBe(
      404,
    )
    expect(
      (await otherAdmin.request('POST', `/api/v1/apps/${leaveId}/rollback`, { json: { version: 1 } })).status,
    ).toBe(404)
    expect((await (await otherAdmin.request('GET', '/api/v1/apps')).json()).items).toEqual([])
  })
})

describe('creating apps', () => {
  it('creates a blank app as an unpublished draft that members do not see', async () => {
    const created = await createApp({ key: 'trip', name: { 'zh-CN': '出差' } })
    expect(created).toMatchObject({ key: 'trip', currentVersion: null, canEdit: true, draftRevision: 1 })
    const { app, etag } = await draftOf(created.id)
    expect(etag).toBe('"r1"')
    expect(app.flow.nodes.map((node) => node.kind)).toEqual(['start', 'end'])
    const forMember: AppItem[] = (await (await member.request('GET', '/api/v1/apps')).json()).items
    expect(forMember.some((item) => item.key === 'trip')).toBe(false)
  })

  it('creates from a template under a new key', async () => {
    const created = await createApp({ fromTemplate: 'leave', key: 'leave-sales' })
    expect((await draftOf(created.id)).app.form.fields[0]?.id).toBe('leaveType')
  })

  it.each([
    [{ key: 'trip', name: { 'zh-CN': 'x' } }, 409, 'app_key_taken'],
    [{ fromTemplate: 'leave' }, 409, 'app_key_taken'],
    [{ fromTemplate: 'nosuch', key: 'abc' }, 400, 'unknown_template'],
    [{ key: 'Trip!', name: { 'zh-CN': 'x' } }, 400, 'schema.pattern'],
  ])('refuses %j', async (json, status, code) => {
    const response = await admin.request('POST', '/api/v1/apps', { json })
    expect(response.status).toBe(status)
    expect((await response.json()).error.code).toBe(code)
  })

  it('is for org admins only', async () => {
    expect(
      (await member.request('POST', '/api/v1/apps', { json: { fromTemplate: 'leave', key: 'mine' } })).status,
    ).toBe(403)
  })

  it('lists the five templates', async () => {
    const { items } = await (await member.request('GET', '/api/v1/templates')).json()
    expect(items.map((item: { key: string; tenant: string }) => `${item.key}:${item.tenant}`)).toEqual([
      'leave:organization',
      'reimbursement:organization',
      'procurement:organization',
      'enterprise-certification:platform',
      'individual-certification:platform',
    ])
  })
})

describe('the draft', () => {
  it('needs If-Match (428), refuses a stale one (409 with the current ETag) and loses nothing', async () => {
    const { id } = await createApp({ fromTemplate: 'leave', key: 'leave-draft' })
    const { app, etag } = await draftOf(id)
    const put = (body: AppDefinition, headers: Record<string, string>) =>
      admin.request('PUT', `/api/v1/apps/${id}/draft`, { json: body, headers })
    const missing = await put(app, {})
    expect(missing.status).toBe(428)
    expect((await missing.json()).error.code).toBe('precondition_required')

    const first = structuredClone(app)
    first.name = { 'zh-CN': '请假（一）' }
    const saved = await put(first, { 'if-match': etag })
    expect(saved.status).toBe(200)
    expect(saved.headers.get('etag')).toBe('"r2"')
    expect(await saved.json()).toEqual({ revision: 2, etag: '"r2"', findings: [] })

    const second = structuredClone(app)
    second.name = { 'zh-CN': '请假（二）' }
    const stale = await put(second, { 'if-match': etag })
    expect(stale.status).toBe(409)
    expect((await stale.json()).error).toMatchObject({ code: 'stale_draft', currentEtag: '"r2"' })
    expect((await draftOf(id)).app.name).toEqual({ 'zh-CN': '请假（一）' })
  })

  it('lets exactly one of several concurrent saves with the same If-Match win; the others get 409', async () => {
    const { id } = await createApp({ fromTemplate: 'leave', key: 'leave-race' })
    const { app, etag } = await draftOf(id)
    const attempts = Array.from({ length: 6 }, (_, index) => {
      const body = structuredClone(app)
      body.name = { 'zh-CN': `版本${index}` }
      return admin.request('PUT', `/api/v1/apps/${id}/draft`, { json: body, headers: { 'if-match': etag } })
    })
    const statuses = (await Promise.all(attempts)).map((response) => response.status)
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(5)
    const winner = statuses.indexOf(200)
    expect((await draftOf(id)).app.name).toEqual({ 'zh-CN': `版本${winner}` })
  })

  it('must match the app schema (400 with the JSON Pointer) but may have lint findings', async () => {
    const { id } = await createApp({ fromTemplate: 'leave', key: 'leave-lint' })
    const { app, etag } = await draftOf(id)
    const broken = structuredClone(app) as unknown as { form: { fields: { type: string }[] } }
    ;(broken.form.fields[0] as { type: string }).type = 'hologram'
    const invalid = await admin.request('PUT', `/api/v1/apps/${id}/draft`, {
      json: broken,
      headers: { 'if-match': etag },
    })
    expect(invalid.status).toBe(400)
    expect((await invalid.json()).error.path).toMatch(/^\/form\/fields\/0/)

    const renamed = { ...app, key: 'other-key' }
    const keyChange = await admin.request('PUT', `/api/v1/apps/${id}/draft`, {
      json: renamed,
      headers: { 'if-match': etag },
    })
    expect((await keyChange.json()).error).toMatchObject({ code: 'key_changed', path: '/key' })

    const ghost = JSON.parse(JSON.stringify(app).replace('"hr"', '"ghostRole"'))
    const linted = await admin.request('PUT', `/api/v1/apps/${id}/draft`, {
      json: ghost,
      headers: { 'if-match': etag },
    })
    expect(linted.status).toBe(200)
    const { findings } = await linted.json()
    expect(findings).toEqual([expect.objectContaining({ code: 'approver.unknownRole', severity: 'error' })])
  })

  it('refuses a non-JSON body (415) and malformed JSON (400)', async () => {
    const headers = { 'if-match': '"r1"' }
    expect(
      (await admin.request('PUT', `/api/v1/apps/${leaveId}/draft`, { body: '{}', headers })).status,
    ).toBe(415)
    const malformed = await admin.request('PUT', `/api/v1/apps/${leaveId}/draft`, {
      body: '{"key":',
      headers: { ...headers, 'content-type': 'application/json' },
    })
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).error.code).toBe('invalid_json')
  })
})

describe('publishing and versions', () => {
  it('refuses to publish a definition with errors (422 with the findings) and creates no version', async () => {
    const { id } = await createApp({ fromTemplate: 'leave', key: 'leave-bad' })
    const { app, etag } = await draftOf(id)
    const ghost = JSON.parse(JSON.stringify(app).replace('"hr"', '"ghostRole"'))
    await admin.request('PUT', `/api/v1/apps/${id}/draft`, { json: ghost, headers: { 'if-match': etag } })
    const response = await admin.request('POST', `/api/v1/apps/${id}/publish`, { json: { note: 'try' } })
    expect(response.status).toBe(422)
    const { error } = await response.json()
    expect(error).toMatchObject({ code: 'definition_invalid', path: '/flow/nodes/4/recipients/0/roles/0' })
    expect(error.issues[0]).toMatchObject({ code: 'approver.unknownRole', severity: 'error' })
    expect((await (await admin.request('GET', `/api/v1/apps/${id}/versions`)).json()).items).toEqual([])
  })

  it('publishes numbered immutable versions with note, author and content hash; rolls back as a new version', async () => {
    const { id } = await createApp({ fromTemplate: 'reimbursement', key: 'expenses' })
    const v1 = await admin.request('POST', `/api/v1/apps/${id}/publish`, { json: { note: 'first' } })
    expect(v1.status).toBe(201)
    const first = await v1.json()
    const published = (await draftOf(id)).app
    expect(first).toMatchObject({
      number: 1,
      note: 'first',
      authorId: 'admin',
      contentHash: contentHash(published),
    })

    const { app, etag } = await draftOf(id)
    const changed = structuredClone(app)
    changed.name = { 'zh-CN': '费用报销' }
    await admin.request('PUT', `/api/v1/apps/${id}/draft`, { json: changed, headers: { 'if-match': etag } })
    const stalePublish = await admin.request('POST', `/api/v1/apps/${id}/publish`, {
      json: {},
      headers: { 'if-match': etag },
    })
    expect(stalePublish.status).toBe(409)
    const second = await (
      await admin.request('POST', `/api/v1/apps/${id}/publish`, { json: { note: 'rename' } })
    ).json()
    expect(second.number).toBe(2)

    // Version 1 is unchanged by the later draft and publish.
    const v1Again = await (await admin.request('GET', `/api/v1/apps/${id}/versions/1`)).json()
    expect(v1Again.content).toEqual(published)
    expect(v1Again.contentHash).toBe(first.contentHash)
    expect(contentHash(v1Again.content)).toBe(first.contentHash)

    const diff = await (await admin.request('GET', `/api/v1/apps/${id}/diff?from=1&to=2`)).json()
    expect(diff.app).toEqual([{ property: 'name', before: published.name, after: { 'zh-CN': '费用报销' } }])
    expect(diff.summary.en.length).toBeGreaterThan(0)
    const toDraft = await (await admin.request('GET', `/api/v1/apps/${id}/diff?from=2&to=draft`)).json()
    expect(toDraft.app).toEqual([])

    const rollback = await admin.request('POST', `/api/v1/apps/${id}/rollback`, {
      json: { version: 1, note: 'undo' },
    })
    expect(rollback.status).toBe(201)
    const third = await rollback.json()
    expect(third).toMatchObject({ number: 3, note: 'undo', contentHash: first.contentHash })
    const versions = await (await admin.request('GET', `/api/v1/apps/${id}/versions`)).json()
    expect(versions.items.map((item: { number: number }) => item.number)).toEqual([3, 2, 1])
    const current = await (await member.request('GET', `/api/v1/apps/${id}`)).json()
    expect(current).toMatchObject({ currentVersion: 3, published: { name: published.name } })
    // The draft keeps the unpublished work.
    expect((await draftOf(id)).app.name).toEqual({ 'zh-CN': '费用报销' })

    const audit = (await (await admin.request('GET', '/api/v1/audit')).json()).items.filter(
      (entry: { targetId: string }) => entry.targetId === id,
    )
    expect(audit.map((entry: { action: string }) => entry.action).sort()).toEqual([
      'app.publish',
      'app.publish',
      'app.rollback',
    ])
    expect((await admin.request('GET', `/api/v1/apps/${id}/versions/9`)).status).toBe(404)
    expect(
      (await admin.request('POST', `/api/v1/apps/${id}/rollback`, { json: { version: 9 } })).status,
    ).toBe(404)
    expect((await admin.request('GET', `/api/v1/apps/${id}/diff?from=1`)).status).toBe(400)
  })
})

describe('export and import', () => {
  it('round-trips an app through its export file; import refuses bad definitions with paths under /app', async () => {
    const exported = await admin.request('GET', `/api/v1/apps/${leaveId}/export`)
    expect(exported.headers.get('content-disposition')).toContain('leave-v1.json')
    const file = await exported.json()
    expect(file).toMatchObject({ format: 'signoff-app', formatVersion: 1, source: { version: 1 } })
    expect((await admin.request('POST', '/api/v1/apps/import', { json: file })).status).toBe(409)

    file.app.key = 'leave-imported'
    const imported = await admin.request('POST', '/api/v1/apps/import', { json: file })
    expect(imported.status).toBe(201)
    const { id } = await imported.json()
    expect((await draftOf(id)).app).toEqual(file.app)

    file.app.key = 'leave-broken'
    file.app.flow.nodes = []
    const broken = await admin.request('POST', '/api/v1/apps/import', { json: file })
    expect(broken.status).toBe(400)
    expect((await broken.json()).error.path).toBe('/app/flow/nodes')
  })
})
