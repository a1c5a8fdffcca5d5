import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, procurementValues, sessions, start, theOpenTask } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let leave: string
let procurement: string
let reimbursement: string

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  const admin = await as('admin')
  leave = await appIdOf(admin, 'leave')
  procurement = await appIdOf(admin, 'procurement')
  reimbursement = await appIdOf(admin, 'reimbursement')
})
afterAll(() => server.close())

/** zhangsan's leave (the sample: 4 days), waiting for lisi. */
async function pendingLeave(): Promise<{ instance: LooseJson; task: { id: string } }> {
  const response = await start(await as('zhangsan'), leave, sampleSubmissions.leave.values)
  expect(response.status).toBe(201)
  const instance = await response.json()
  return { instance, task: await theOpenTask(await as('lisi'), instance.id) }
}

describe('starting', () => {
  it('is refused with 404 to someone the app does not list as a starter (the app is not theirs to see)', async () => {
    const admin = await as('admin')
    const created = await (
      await admin.request('POST', '/api/v1/apps', { json: { fromTemplate: 'leave', key: 'leave-brand' } })
    ).json()
    const draftResponse = await admin.request('GET', `/api/v1/apps/${created.id}/draft`)
    const draft = await draftResponse.json()
    draft.settings.starters = { users: ['lisi'] }
    const saved = await admin.request('PUT', `/api/v1/apps/${created.id}/draft`, {
      json: draft,
      headers: { 'if-match': draftResponse.headers.get('etag') ?? '' },
    })
    expect(saved.status).toBe(200)
    expect((await admin.request('POST', `/api/v1/apps/${created.id}/publish`, { json: {} })).status).toBe(201)
    const refused = await start(await as('zhangsan'), created.id, sampleSubmissions.leave.values)
    expect(refused.status).toBe(404)
    expect((await refused.json()).error.code).toBe('not_found')
    expect((await start(await as('lisi'), created.id, sampleSubmissions.leave.values)).status).toBe(201)
  })

  it('answers invalid values with 400 and the path of each problem', async () => {
    const values = structuredClone(sampleSubmissions.reimbursement.values) as Record<string, LooseJson>
    delete values.items[1].receipt
    const response = await start(await as('zhangsan'), reimbursement, values)
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error).toMatchObject({ code: 'invalid_values', path: '/values/items/1/receipt' })
    expect(error.issues.map((issue: { path: string }) => issue.path)).toContain('/values/items/1/receipt')
  })

  it('replays the same response for the same Idempotency-Key and body, and refuses another body with 409', async () => {
    const zhengyi = await as('zhengyi')
    const headers = { 'idempotency-key': 'order-42' }
    const first = await start(zhengyi, procurement, procurementValues('100.00'), headers)
    const again = await start(zhengyi, procurement, procurementValues('100.00'), headers)
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    const [a, b] = [await first.json(), await again.json()]
    expect(b).toEqual(a)
    const listed = await (await zhengyi.request('GET', `/api/v1/instances?app=${procurement}`)).json()
    expect(listed.items.filter((item: { id: string }) => item.id === a.id)).toHaveLength(1)
    expect(listed.items).toHaveLength(1)
    const other = await start(zhengyi, procurement, procurementValues('200.00'), headers)
    expect(other.status).toBe(409)
    expect((await other.json()).error.code).toBe('idempotency_key_reused')
  })

  it('answers requests sent at once with one Idempotency-Key alike, with one instance and never a 500', async () => {
    const zhangsan = await as('zhangsan')
    const mine = async () =>
      (await (await zhangsan.request('GET', `/api/v1/instances?app=${leave}`)).json()).items.length
    const before = await mine()
    const headers = { 'idempotency-key': 'leave-sent-six-times' }
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => start(zhangsan, leave, sampleSubmissions.leave.values, headers)),
    )
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201])
    const ids = await Promise.all(responses.map(async (response) => (await response.json()).id))
    expect(new Set(ids).size).toBe(1)
    expect(
      responses.filter((response) => response.headers.get('idempotent-replayed') !== 'true'),
    ).toHaveLength(1)
    expect(await mine()).toBe(before + 1)
  })

  it('numbers instances per app and day', async () => {
    const zhangsan = await as('zhangsan')
    const first = await (await start(zhangsan, leave, sampleSubmissions.leave.values)).json()
    const second = await (await start(zhangsan, leave, sampleSubmissions.leave.values)).json()
    const counter = (serial: string) => Number(serial.split('-').at(-1))
    expect(counter(second.serialNumber)).toBe(counter(first.serialNumber) + 1)
  })
})

describe('who may see and act', () => {
  it('hides an instance and its tasks from other tenants and from people not involved (404)', async () => {
    const { instance, task } = await pendingLeave()
    const reviewer = await server.signIn('reviewer1')
    const outsider = await as('fenger')
    for (const session of [reviewer, outsider]) {
      expect((await session.request('GET', `/api/v1/instances/${instance.id}`)).status).toBe(404)
      expect((await session.request('GET', `/api/v1/tasks/${task.id}`)).status).toBe(404)
      expect((await session.request('POST', `/api/v1/tasks/${task.id}/approve`, { json: {} })).status).toBe(
        404,
      )
      expect(
        (await session.request('POST', `/api/v1/instances/${instance.id}/withdraw`, { json: {} })).status,
      ).toBe(404)
    }
    expect((await (await as('admin')).request('GET', `/api/v1/instances/${instance.id}`)).status).toBe(200)
  })

  it('refuses a decision by someone who does not hold the task with 403', async () => {
    const { task } = await pendingLeave()
    const response = await (await as('zhangsan')).request('POST', `/api/v1/tasks/${task.id}/approve`, {
      json: {},
    })
    expect(response.status).toBe(403)
    expect((await response.json()).error.code).toBe('wrong_actor')
  })

  it('shows the task holder the node’s view and refuses fields the node does not allow (403 with the path)', async () => {
    const zhengyi = await as('zhengyi')
    const instance = await (await start(zhengyi, procurement, procurementValues('100.00'))).json()
    const yangliu = await as('yangliu')
    const task = await theOpenTask(yangliu, instance.id)
    const detail = await (await yangliu.request('GET', `/api/v1/tasks/${task.id}`)).json()
    expect(detail.permissions.orderNumber).toBe('hidden')
    expect(detail.values.supplier).toBe(sampleSubmissions.procurement.values.supplier)
    const refused = await yangliu.request('POST', `/api/v1/tasks/${task.id}/approve`, {
      json: { values: { orderNumber: 'x' } },
    })
    expect(refused.status).toBe(403)
    expect((await refused.json()).error).toMatchObject({
      code: 'field_not_editable',
      path: '/values/orderNumber',
    })
  })

  it('requires a reason to reject (400 at /reason)', async () => {
    const { task } = await pendingLeave()
    const response = await (await as('lisi')).request('POST', `/api/v1/tasks/${task.id}/reject`, { json: {} })
    expect(response.status).toBe(400)
    expect((await response.json()).error.path).toBe('/reason')
  })
})

describe('versions and races', () => {
  it('refuses a decision made on a stale version with 409 conflict (body or If-Match)', async () => {
    const { task } = await pendingLeave()
    const lisi = await as('lisi')
    const stale = await lisi.request('POST', `/api/v1/tasks/${task.id}/approve`, {
      json: { expectedVersion: 0 },
    })
    expect(stale.status).toBe(409)
    expect((await stale.json()).error.code).toBe('conflict')
    const staleHeader = await lisi.request('POST', `/api/v1/tasks/${task.id}/approve`, {
      json: {},
      headers: { 'if-match': '"v7"' },
    })
    expect(staleHeader.status).toBe(409)
    const current = await lisi.request('POST', `/api/v1/tasks/${task.id}/approve`, {
      json: {},
      headers: { 'if-match': '"v1"' },
    })
    expect(current.status).toBe(200)
    expect(current.headers.get('etag')).toBe('"v2"')
  })

  it('20 parallel approvals of one task: exactly one 200, nineteen 409', async () => {
    const { instance, task } = await pendingLeave()
    const lisi = await as('lisi')
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        lisi.request('POST', `/api/v1/tasks/${task.id}/approve`, { json: {} }),
      ),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([200, ...Array(19).fill(409)])
    const final = await (await lisi.request('GET', `/api/v1/instances/${instance.id}`)).json()
    expect(final.timeline.filter((entry: { type: string }) => entry.type === 'approve')).toHaveLength(1)
    expect(final.chainVerified).toBe(true)
  })

  it('an approval racing a withdrawal, both made on the version they saw: exactly one wins', async () => {
    const { instance, task } = await pendingLeave()
    const seen = { expectedVersion: instance.version }
    const [approved, withdrawn] = await Promise.all([
      (await as('lisi')).request('POST', `/api/v1/tasks/${task.id}/approve`, { json: seen }),
      (await as('zhangsan')).request('POST', `/api/v1/instances/${instance.id}/withdraw`, { json: seen }),
    ])
    expect([approved.status, withdrawn.status].sort()).toEqual([200, 409])
    const final = await (
      await (await as('zhangsan')).request('GET', `/api/v1/instances/${instance.id}`)
    ).json()
    expect(final.version).toBe(2)
    expect(final.status).toBe(approved.status === 200 ? 'running' : 'withdrawn')
  })
})

describe('the event log', () => {
  it('verifies its hash chain, and a tampered row is detected', async () => {
    const { instance, task } = await pendingLeave()
    await (await as('lisi')).request('POST', `/api/v1/tasks/${task.id}/approve`, {
      json: { comment: '同意' },
    })
    const zhangsan = await as('zhangsan')
    expect(
      (await (await zhangsan.request('GET', `/api/v1/instances/${instance.id}`)).json()).chainVerified,
    ).toBe(true)
    await server.db
      .updateTable('instance_events')
      .set({ event: JSON.stringify({ type: 'approve', comment: '不同意' }) })
      .where('instance_id', '=', instance.id)
      .where('seq', '=', 2)
      .execute()
    expect(
      (await (await zhangsan.request('GET', `/api/v1/instances/${instance.id}`)).json()).chainVerified,
    ).toBe(false)
  })
})
