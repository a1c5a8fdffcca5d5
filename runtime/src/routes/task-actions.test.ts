import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, openTasks, procurementValues, sessions, start, theOpenTask } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let leave: string
let procurement: string

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  leave = await appIdOf(await as('admin'), 'leave')
  procurement = await appIdOf(await as('admin'), 'procurement')
})
afterAll(() => server.close())

async function pendingLeave(): Promise<{ instance: LooseJson; task: { id: string } }> {
  const instance = await (await start(await as('zhangsan'), leave, sampleSubmissions.leave.values)).json()
  return { instance, task: await theOpenTask(await as('lisi'), instance.id) }
}

const post = async (login: string, path: string, json: object = {}) =>
  (await as(login)).request('POST', path, { json })

describe('task actions', () => {
  it('return, then the initiator fixes and resubmits, and the supervisor is asked again', async () => {
    const { instance, task } = await pendingLeave()
    const returned = await post('lisi', `/api/v1/tasks/${task.id}/return`, { reason: '请补充事由' })
    expect(returned.status).toBe(200)
    expect((await returned.json()).status).toBe('returned')
    const input = await theOpenTask(await as('zhangsan'), instance.id)
    expect(input.node).toBe('start')
    const resubmitted = await post('zhangsan', `/api/v1/instances/${instance.id}/resubmit`, {
      values: { reason: '回老家探亲，已与同事交接。' },
    })
    expect(resubmitted.status).toBe(200)
    expect(await resubmitted.json()).toMatchObject({
      status: 'running',
      values: { reason: '回老家探亲，已与同事交接。' },
    })
    expect((await theOpenTask(await as('lisi'), instance.id)).node).toBe('supervisorApproval')
  })

  it('reject with a reason ends the instance', async () => {
    const { task } = await pendingLeave()
    const rejected = await post('lisi', `/api/v1/tasks/${task.id}/reject`, { reason: '年底人手紧张' })
    expect(rejected.status).toBe(200)
    expect((await rejected.json()).status).toBe('rejected')
  })

  it('transfer hands the task over; add signer before queues the approver', async () => {
    const { instance, task } = await pendingLeave()
    expect((await post('lisi', `/api/v1/tasks/${task.id}/transfer`, { to: 'wangwu' })).status).toBe(200)
    expect(await openTasks(await as('lisi'), instance.id)).toEqual([])
    const moved = await theOpenTask(await as('wangwu'), instance.id)
    const added = await post('wangwu', `/api/v1/tasks/${moved.id}/add-signer`, {
      users: ['yangliu'],
      position: 'before',
    })
    expect(added.status).toBe(200)
    expect(await openTasks(await as('wangwu'), instance.id)).toEqual([])
    expect((await theOpenTask(await as('yangliu'), instance.id)).node).toBe('supervisorApproval')
  })

  it('batch approve decides each task on its own and reports each', async () => {
    const first = await pendingLeave()
    const second = await pendingLeave()
    const response = await post('lisi', '/api/v1/tasks/batch-approve', {
      taskIds: [first.task.id, 'task_missing', second.task.id],
    })
    expect(response.status).toBe(200)
    const { results } = await response.json()
    expect(
      results.map((result: { taskId: string; status: number }) => [result.taskId, result.status]),
    ).toEqual([
      [first.task.id, 200],
      ['task_missing', 404],
      [second.task.id, 200],
    ])
  })
})

describe('urge and comments', () => {
  it('lets the initiator urge once per interval (429 with Retry-After in between)', async () => {
    const { instance } = await pendingLeave()
    const path = `/api/v1/instances/${instance.id}/urge`
    expect((await post('zhangsan', path)).status).toBe(200)
    const tooSoon = await post('zhangsan', path)
    expect(tooSoon.status).toBe(429)
    expect(tooSoon.headers.get('retry-after')).toBe('3600')
    server.advance(60 * 60 * 1000)
    expect((await post('zhangsan', path)).status).toBe(200)
    const urges = await server.db
      .selectFrom('notifications')
      .select('reason')
      .where('instance_id', '=', instance.id)
      .where('user_id', '=', 'lisi')
      .where('reason', '=', 'urge')
      .execute()
    expect(urges).toHaveLength(2)
  })

  it('records comments in the timeline', async () => {
    const { instance } = await pendingLeave()
    const response = await post('lisi', `/api/v1/instances/${instance.id}/comments`, { text: '下周一前处理' })
    expect(response.status).toBe(201)
    const timeline = (await response.json()).timeline
    expect(timeline.at(-1)).toMatchObject({ type: 'comment', actor: 'lisi' })
  })
})

describe('inboxes and side effects', () => {
  it('counts every inbox, and the first task leaves an in-app notice in the same transaction', async () => {
    const lisi = await as('lisi')
    const before = await (await lisi.request('GET', '/api/v1/tasks/counts')).json()
    const { instance, task } = await pendingLeave()
    const after = await (await lisi.request('GET', '/api/v1/tasks/counts')).json()
    expect(after.todo).toBe(before.todo + 1)
    const notices = await server.db
      .selectFrom('notifications')
      .selectAll()
      .where('instance_id', '=', instance.id)
      .where('user_id', '=', 'lisi')
      .execute()
    expect(notices).toMatchObject([{ reason: 'taskAssigned', task_id: task.id }])
  })

  it('stores the timers the engine schedules and drops them when it cancels them', async () => {
    const instance = await (await start(await as('zhengyi'), procurement, procurementValues('100.00'))).json()
    const yangliu = await as('yangliu')
    const task = await theOpenTask(yangliu, instance.id)
    await yangliu.request('POST', `/api/v1/tasks/${task.id}/approve`, { json: {} })
    const timers = () =>
      server.db.selectFrom('timers').selectAll().where('instance_id', '=', instance.id).execute()
    expect(await timers()).toHaveLength(1)
    const chensan = await as('chensan')
    const order = await theOpenTask(chensan, instance.id)
    const done = await chensan.request('POST', `/api/v1/tasks/${order.id}/approve`, {
      json: { values: { orderNumber: 'PO-1' } },
    })
    expect((await done.json()).status).toBe('approved')
    expect(await timers()).toEqual([])
  })
})
