import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instancesCsv } from '../instances/csv-export.ts'
import type { InstanceRow } from '../repositories/instances.ts'
import { appIdOf, procurementValues, sessions, start } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let leave: string
let procurement: string
const started: Record<string, string> = {}

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  leave = await appIdOf(await as('admin'), 'leave')
  procurement = await appIdOf(await as('admin'), 'procurement')
  const zhangsan = await as('zhangsan')
  const values = sampleSubmissions.leave.values
  started.visit = (await (await start(zhangsan, leave, { ...values, reason: '探亲' })).json()).id
  started.wedding = (await (await start(zhangsan, leave, { ...values, reason: '婚礼' })).json()).id
  started.order = (
    await (await start(await as('zhengyi'), procurement, procurementValues('100.00'))).json()
  ).id
})
afterAll(() => server.close())

async function search(login: string, query: string): Promise<{ status: number; ids: string[] }> {
  const response = await (await as(login)).request('GET', `/api/v1/instances?${query}`)
  const body = await response.json()
  return {
    status: response.status,
    ids: response.status === 200 ? body.items.map((item: LooseJson) => item.id) : [],
  }
}

describe('instance search', () => {
  it.each([
    ['my own by default', 'zhangsan', '', ['wedding', 'visit']],
    ['my own of one app', 'zhengyi', `app=PROCUREMENT`, ['order']],
    ['all, for an org admin', 'admin', 'scope=all', ['order', 'wedding', 'visit']],
    ['all of one initiator', 'admin', 'scope=all&initiator=zhangsan', ['wedding', 'visit']],
    ['by a form value', 'admin', `scope=all&field=reason&value=${encodeURIComponent('婚礼')}`, ['wedding']],
    ['by status', 'admin', 'scope=all&status=approved', []],
    [
      'created on a day (inclusive)',
      'admin',
      'scope=all&from=2026-03-02&to=2026-03-02',
      ['order', 'wedding', 'visit'],
    ],
    ['created before it', 'admin', 'scope=all&to=2026-03-01', []],
  ])('%s', async (_name, login, query, expected) => {
    const result = await search(login, query.replace('PROCUREMENT', procurement))
    expect(result.status).toBe(200)
    expect(result.ids.sort()).toEqual(expected.map((key) => started[key]).sort())
  })

  it('reads dates as the organization’s days (Asia/Shanghai), not UTC days', async () => {
    const lateServer = await testServer()
    try {
      const lateAs = sessions(lateServer)
      const app = await appIdOf(await lateAs('admin'), 'procurement')
      // 2026-03-02T17:00Z is already 01:00 on 3 March in Shanghai.
      lateServer.advance(8 * 3_600_000)
      const id = (await (await start(await lateAs('zhengyi'), app, procurementValues('100.00'))).json()).id
      const admin = await lateAs('admin')
      const found = async (query: string) =>
        (await (await admin.request('GET', `/api/v1/instances?scope=all&${query}`)).json()).items.map(
          (item: LooseJson) => item.id,
        )
      expect(await found('from=2026-03-03&to=2026-03-03')).toEqual([id])
      expect(await found('to=2026-03-02')).toEqual([])
    } finally {
      await lateServer.close()
    }
  })

  it.each([
    ['all for a member who administers nothing', 'scope=all', 403],
    ['an unknown scope', 'scope=everything', 400],
    ['a field without a value', 'scope=mine&field=reason', 400],
    ['a date that is not one', 'from=yesterday', 400],
  ])('refuses %s', async (_name, query, status) => {
    expect((await search('zhangsan', query)).status).toBe(status)
  })

  it('lets an app admin search all instances of the apps they administer, and no others', async () => {
    const admin = await as('admin')
    const draftResponse = await admin.request('GET', `/api/v1/apps/${leave}/draft`)
    const draft = await draftResponse.json()
    draft.settings.admins = ['wangwu']
    await admin.request('PUT', `/api/v1/apps/${leave}/draft`, {
      json: draft,
      headers: { 'if-match': draftResponse.headers.get('etag') ?? '' },
    })
    expect((await admin.request('POST', `/api/v1/apps/${leave}/publish`, { json: {} })).status).toBe(201)
    const mine = await search('wangwu', 'scope=all')
    expect(mine.ids.sort()).toEqual([started.visit, started.wedding].sort())
    expect((await search('wangwu', `scope=all&app=${procurement}`)).status).toBe(403)
  })

  it('exports the search as CSV', async () => {
    const response = await (await as('admin')).request('GET', '/api/v1/instances/export?scope=all')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const lines = (await response.text()).trim().split('\r\n')
    expect(lines[0]).toBe('serialNumber,title,appId,appVersion,status,initiator,createdAt,updatedAt')
    expect(lines).toHaveLength(4)
  })

  it('quotes CSV cells and defuses formulas', () => {
    const row = {
      serial_number: 'QJ-1',
      title: '=HYPERLINK("x")',
      app_id: 'a,b',
      app_version: 1,
      status: 'running',
      initiator_id: 'zhangsan',
      created_at: 't',
      updated_at: 't',
    } as InstanceRow
    expect(instancesCsv([row]).split('\r\n')[1]).toBe(
      `QJ-1,"'=HYPERLINK(""x"")","a,b",1,running,zhangsan,t,t`,
    )
  })
})
