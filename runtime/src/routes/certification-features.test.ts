import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apply, drain, review, sampleOf } from '../certification/testing/applying.ts'
import { certify } from '../certification/testing/certify.ts'
import { type Session, type TestResponse, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let admin: Session

beforeEach(async () => {
  // Loopback is allowed as a target so that only certification decides (nothing is delivered here).
  server = await testServer({ webhookAllowHosts: ['127.0.0.1'] })
  admin = await server.signIn('admin')
})
afterEach(() => server.close())

const createWebhook = (session = admin) =>
  session.request('POST', '/api/v1/webhooks', {
    json: { url: 'http://127.0.0.1:9/signoff', events: ['started'] },
  })
const createToken = (session = admin) =>
  session.request('POST', '/api/v1/tokens', { json: { name: 'erp sync' } })

async function expectCertificationRequired(response: TestResponse, feature: string) {
  expect(response.status).toBe(403)
  const { error } = await response.json()
  expect(error).toMatchObject({
    code: 'certification.required',
    feature,
    requiredLevels: ['intermediate', 'individual'],
  })
  expect(error.message).toContain('企业认证·中级')
  expect(error.message).toContain('intermediate')
}

async function createApp(key: string): Promise<string> {
  const created = await admin.request('POST', '/api/v1/apps', { json: { fromTemplate: 'leave', key } })
  expect(created.status).toBe(201)
  return (await created.json()).id
}

const publish = (id: string) => admin.request('POST', `/api/v1/apps/${id}/publish`, { json: { note: id } })

/** A new app from the leave template, published: the status of the publish. */
const publishNewApp = async (key: string): Promise<TestResponse> => publish(await createApp(key))

const count = async (table: 'webhooks' | 'api_tokens') =>
  (await server.db.selectFrom(table).select('id').where('tenant_id', '=', 'demo').execute()).length

describe('certified-only features', () => {
  it('refuses outbound webhooks and API tokens to an uncertified organization with 403 certification.required, writing nothing', async () => {
    await expectCertificationRequired(await createWebhook(), 'webhooks')
    await expectCertificationRequired(await createToken(), 'apiTokens')
    await expectCertificationRequired(await createToken(await server.signIn('zhangsan')), 'apiTokens')
    expect(await count('webhooks')).toBe(0)
    expect(await count('api_tokens')).toBe(0)
    expect((await admin.request('GET', '/api/v1/webhooks')).status).toBe(200)
  })

  it('unlocks them once the certification is granted through the individual business flow', async () => {
    const { id } = await (await apply(admin, 'individual', sampleOf('individual'))).json()
    await drain(server)
    await expectCertificationRequired(await createWebhook(), 'webhooks')
    expect((await review(await server.signIn('reviewer1'), id)).status).toBe(200)
    await drain(server)
    expect((await createWebhook()).status).toBe(201)
    expect((await createToken()).status).toBe(201)
    expect((await createToken(await server.signIn('zhangsan'))).status).toBe(201)
  })

  it('lets the platform tenant use them without a certification of its own', async () => {
    expect((await createToken(await server.signIn('reviewer1', { tenant: 'platform' }))).status).toBe(201)
  })

  it('holds an uncertified organization to 5 published apps, new versions of them still allowed', async () => {
    // The demo tenant publishes 3 templates; two more reach the limit.
    expect((await publishNewApp('fourth')).status).toBe(201)
    expect((await publishNewApp('fifth')).status).toBe(201)
    const sixth = await publishNewApp('sixth')
    await expectCertificationRequired(sixth, 'publishedApps')
    const apps = (await (await admin.request('GET', '/api/v1/apps')).json()).items as {
      id: string
      key: string
    }[]
    const leave = apps.find((app) => app.key === 'leave')
    expect((await admin.request('POST', `/api/v1/apps/${leave?.id}/publish`, { json: {} })).status).toBe(201)
    const unpublished = apps.find((app) => app.key === 'sixth')
    const versions = await admin.request('GET', `/api/v1/apps/${unpublished?.id}/versions`)
    expect((await versions.json()).items).toEqual([])

    await certify(server.db)
    expect(
      (await admin.request('POST', `/api/v1/apps/${unpublished?.id}/publish`, { json: {} })).status,
    ).toBe(201)
    expect((await publishNewApp('seventh')).status).toBe(201)
  })

  it('lets only one of two first publishes at the same moment take the last free slot', async () => {
    expect((await publishNewApp('fourth')).status).toBe(201)
    const [fifth, sixth] = [await createApp('fifth'), await createApp('sixth')]
    const outcomes = await Promise.all([publish(fifth), publish(sixth)])
    expect(outcomes.map((response) => response.status).sort()).toEqual([201, 403])
    const published = await server.db
      .selectFrom('apps')
      .select('id')
      .where('tenant_id', '=', 'demo')
      .where('current_version', 'is not', null)
      .execute()
    expect(published).toHaveLength(5)
  })
})
