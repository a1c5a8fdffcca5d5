import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, openTasks, sessions, start, theOpenTask } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let leave: string

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  leave = await appIdOf(await as('admin'), 'leave')
})
afterAll(() => server.close())

async function pendingLeave(initiator: string): Promise<string> {
  const instance = await (await start(await as(initiator), leave, sampleSubmissions.leave.values)).json()
  return instance.id
}

const deactivate = async (login: string, json?: object) =>
  (await as('admin')).request('POST', `/api/v1/users/${login}/deactivate`, json ? { json } : {})

const instance = async (login: string, id: string): Promise<LooseJson> =>
  (await (await as(login)).request('GET', `/api/v1/instances/${id}`)).json()

const approve = async (login: string, taskId: string) =>
  (await as(login)).request('POST', `/api/v1/tasks/${taskId}/approve`, { json: {} })

describe('deactivating an approver who holds tasks', () => {
  it("moves every open task across instances to the leaver's supervisor, recorded in each timeline", async () => {
    const first = await pendingLeave('zhangsan')
    const second = await pendingLeave('zhangsan')
    expect(await openTasks(await as('lisi'), first)).toHaveLength(1)
    const response = await deactivate('lisi')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ id: 'lisi', active: false })
    await expect(server.signIn('lisi')).rejects.toThrow(/401/)
    for (const id of [first, second]) {
      const entry = (await instance('wangwu', id)).timeline.at(-1)
      expect(entry).toMatchObject({ type: 'reassign', actor: 'system' })
      expect(entry.text['zh-CN']).toContain('李四 的任务改由 王五 处理')
      expect(entry.text.en).toContain('reassigned to 王五')
    }
    const moved = await theOpenTask(await as('wangwu'), first)
    expect(moved.node).toBe('supervisorApproval')
    expect((await approve('wangwu', moved.id)).status).toBe(200)
    const { items } = await (await (await as('admin')).request('GET', '/api/v1/audit')).json()
    expect(items).toContainEqual(
      expect.objectContaining({
        action: 'user.deactivate',
        targetId: 'lisi',
        detail: { login: 'lisi', reassignedTo: 'wangwu', tasks: 2 },
      }),
    )
  })

  it('moves them to the chosen user; an inactive or unknown choice changes nothing', async () => {
    const id = await pendingLeave('fenger')
    const task = await theOpenTask(await as('yangliu'), id)
    for (const reassignTo of ['lisi', 'nobody', 'yangliu']) {
      const refused = await deactivate('yangliu', { reassignTo })
      expect(refused.status).toBe(400)
      expect((await refused.json()).error).toMatchObject({ code: 'unknown_user', path: '/reassignTo' })
    }
    expect((await theOpenTask(await as('yangliu'), id)).id).toBe(task.id)
    const response = await deactivate('yangliu', { reassignTo: 'zhengyi', reason: '调岗' })
    expect(response.status).toBe(200)
    await expect(server.signIn('yangliu')).rejects.toThrow(/401/)
    expect((await instance('zhengyi', id)).timeline.at(-1).text.en).toContain('reassigned to 郑一')
    expect((await instance('zhengyi', id)).timeline.at(-1).text['zh-CN']).toContain('调岗')
    const moved = await theOpenTask(await as('zhengyi'), id)
    expect((await approve('zhengyi', moved.id)).status).toBe(200)
  })

  it('changes nothing when one handover is refused: earlier moves roll back and the user stays active', async () => {
    const first = await pendingLeave('zhaoliu')
    const second = await pendingLeave('zhaoliu')
    const firstTask = await theOpenTask(await as('qianqi'), first)
    const secondTask = await theOpenTask(await as('qianqi'), second)
    // sunba (qianqi's supervisor) now decides first at the second instance's step, qianqi queued behind.
    const added = await (await as('qianqi')).request('POST', `/api/v1/tasks/${secondTask.id}/add-signer`, {
      json: { users: ['sunba'], position: 'before' },
    })
    expect(added.status).toBe(200)
    const refused = await deactivate('qianqi')
    expect(refused.status).toBe(400)
    expect((await refused.json()).error).toMatchObject({ code: 'invalid_target', path: '/to' })
    expect((await theOpenTask(await as('qianqi'), first)).id).toBe(firstTask.id)
    expect(await openTasks(await as('sunba'), first)).toEqual([])
    expect((await instance('qianqi', first)).timeline.at(-1).type).toBe('start')
    await expect(server.signIn('qianqi')).resolves.toBeDefined()
  })

  it('is a no-op when run again on an inactive user', async () => {
    const again = await deactivate('lisi')
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ id: 'lisi', active: false })
  })
})
