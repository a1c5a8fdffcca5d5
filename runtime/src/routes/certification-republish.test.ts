import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apply, sampleOf } from '../certification/testing/applying.ts'
import { type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer

beforeEach(async () => {
  server = await testServer()
})
afterEach(() => server.close())

interface Field {
  id: string
  type: string
  label: unknown
  children?: Field[]
}

describe('the certification app is an ordinary app of the platform tenant', () => {
  it('is edited and republished by the platform admin through the designer’s API, and applications follow the new version', async () => {
    const operator = await server.signIn('operator', { tenant: 'platform' })
    const listed = (await (await operator.request('GET', '/api/v1/apps')).json()).items as {
      id: string
      key: string
    }[]
    const app = listed.find((item) => item.key === 'enterprise-certification')
    if (!app) throw new Error('the platform admin does not see the enterprise certification app')

    const loaded = await operator.request('GET', `/api/v1/apps/${app.id}/draft`)
    expect(loaded.status).toBe(200)
    const etag = loaded.headers.get('etag') ?? ''
    const content = await loaded.json()
    content.form.fields.push({
      id: 'contactWechat',
      type: 'text',
      label: { 'zh-CN': '联系人微信', en: 'Contact WeChat' },
    })
    const saved = await operator.request('PUT', `/api/v1/apps/${app.id}/draft`, {
      json: content,
      headers: { 'If-Match': etag },
    })
    expect(saved.status).toBe(200)
    const published = await operator.request('POST', `/api/v1/apps/${app.id}/publish`, {
      json: { note: '增加联系人微信' },
      headers: { 'If-Match': saved.headers.get('etag') ?? '' },
    })
    expect(published.status).toBe(201)
    const { number } = await published.json()
    expect(number).toBe(2)

    // The applying organization's admin gets the new form, and the application runs on it.
    const admin = await server.signIn('admin')
    const form = await (await admin.request('GET', '/api/v1/org/certification/form?type=enterprise')).json()
    expect(form.version).toBe(2)
    expect((form.form.fields as Field[]).map((field) => field.id)).toContain('contactWechat')
    const started = await apply(admin, 'enterprise', { ...sampleOf('enterprise'), contactWechat: 'acme-hr' })
    expect(started.status).toBe(201)
    const { id } = await started.json()
    const view = await (await admin.request('GET', `/api/v1/org/certification/applications/${id}`)).json()
    expect(view.values.contactWechat).toBe('acme-hr')
  })

  it('is not editable by the platform’s reviewers', async () => {
    const operator = await server.signIn('operator', { tenant: 'platform' })
    const listed = (await (await operator.request('GET', '/api/v1/apps')).json()).items as {
      id: string
      key: string
    }[]
    const id = listed.find((item) => item.key === 'enterprise-certification')?.id
    const reviewer = await server.signIn('reviewer1', { tenant: 'platform' })
    const draft = await reviewer.request('GET', `/api/v1/apps/${id}/draft`)
    const publish = await reviewer.request('POST', `/api/v1/apps/${id}/publish`, { json: {} })
    expect([draft.status, publish.status]).toEqual([403, 403])
    const versions = await server.db
      .selectFrom('app_versions')
      .select('number')
      .where('app_id', '=', id ?? '')
      .execute()
    expect(versions).toHaveLength(1)
  })
})
