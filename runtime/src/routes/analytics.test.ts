import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, procurementValues, sessions, start, theOpenTask } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let procurement: string
const hour = 3_600_000

async function approve(login: string, instanceId: string) {
  const session = await as(login)
  const task = await theOpenTask(session, instanceId)
  const response = await session.request('POST', `/api/v1/tasks/${task.id}/approve`, { json: {} })
  expect(response.status).toBe(200)
}

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  procurement = await appIdOf(await as('admin'), 'procurement')
  const zhangsan = await as('zhangsan')
  // Three small purchases by zhangsan: his department head lisi decides one after 2 hours and another
  // after 6; the third waits with him.
  const ids: string[] = []
  for (const _ of [1, 2, 3])
    ids.push((await (await start(zhangsan, procurement, procurementValues('100.00'))).json()).id)
  server.advance(2 * hour)
  await approve('lisi', ids[0] as string)
  server.advance(4 * hour)
  await approve('lisi', ids[1] as string)
})
afterAll(() => server.close())

const overview = async (login: string, query = '') =>
  (await as(login)).request('GET', `/api/v1/analytics/overview${query}`)

describe('GET /analytics/overview', () => {
  it('gives org admins cycle times per node, throughput, open tasks per approver and bottlenecks', async () => {
    const response = await overview('admin')
    expect(response.status).toBe(200)
    const body: LooseJson = await response.json()
    expect(body.window).toMatchObject({ to: '2026-03-02', timeZone: 'Asia/Shanghai' })
    const app = body.apps.find((entry: LooseJson) => entry.appId === procurement)
    expect(app).toMatchObject({ started: 3, name: { 'zh-CN': '采购' } })
    const head = body.nodes.find(
      (entry: LooseJson) => entry.appId === procurement && entry.node === 'departmentApproval',
    )
    expect(head).toMatchObject({
      count: 2,
      medianMinutes: 120,
      p90Minutes: 360,
      open: 1,
      name: { 'zh-CN': expect.any(String) },
    })
    expect(body.openByApprover).toContainEqual({ userId: 'lisi', name: '李四', open: 1, oldestMinutes: 360 })
    expect(body.bottlenecks[0]).toMatchObject({ appId: procurement, node: 'departmentApproval', open: 1 })
    expect(body.weeks).toEqual([{ week: '2026-W10', started: 3, finished: 0 }])
  })

  it('counts only the window asked for, in the organization’s days', async () => {
    const body: LooseJson = await (await overview('admin', '?from=2026-03-03&to=2026-03-05')).json()
    expect(body.apps).toEqual([])
  })

  it.each([
    ['a member', 'zhangsan', '', 403, undefined],
    ['a malformed date', 'admin', '?from=3/1/2026', 400, '/from'],
    ['from after to', 'admin', '?from=2026-03-05&to=2026-03-01', 400, '/from'],
    ['more than a year', 'admin', '?from=2025-01-01&to=2026-03-01', 400, '/from'],
    ['an app of another tenant', 'admin', '?app=app_not_here', 404, undefined],
  ])('refuses %s', async (_name, login, query, status, path) => {
    const response = await overview(login, query)
    expect(response.status).toBe(status)
    if (path) expect((await response.json()).error.path).toBe(path)
  })
})
