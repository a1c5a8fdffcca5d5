import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certify } from '../certification/testing/certify.ts'
import { openTasks, sessions, start } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>

beforeAll(async () => {
  server = await testServer()
  // These tests publish more apps than an uncertified organization may (certification-features.test.ts).
  await certify(server.db)
  as = sessions(server)
})
afterAll(() => server.close())

const shortLeave = {
  ...sampleSubmissions.leave.values,
  period: { start: '2026-12-01', startHalf: 'am', end: '2026-12-03', endHalf: 'pm' },
}

/** Edits the app's draft (created from the leave template when no id is given) and publishes it. */
async function publishLeave(edit: (draft: LooseJson) => void, appId?: string): Promise<string> {
  const admin = await as('admin')
  const id =
    appId ??
    (
      await (
        await admin.request('POST', '/api/v1/apps', {
          json: { fromTemplate: 'leave', key: `leave-${Math.random().toString(36).slice(2, 8)}` },
        })
      ).json()
    ).id
  const current = await admin.request('GET', `/api/v1/apps/${id}/draft`)
  const draft = await current.json()
  edit(draft)
  const saved = await admin.request('PUT', `/api/v1/apps/${id}/draft`, {
    json: draft,
    headers: { 'if-match': current.headers.get('etag') ?? '' },
  })
  expect(saved.status).toBe(200)
  const published = await admin.request('POST', `/api/v1/apps/${id}/publish`, { json: {} })
  expect(published.status, JSON.stringify(await published.clone().json())).toBe(201)
  return id
}

const supervisorNode = (draft: LooseJson) =>
  draft.flow.nodes.find((node: { id: string }) => node.id === 'supervisorApproval')

describe('flows over HTTP', () => {
  it('the last two approvals of an all-must-approve node, sent at once: both count, the next node starts once', async () => {
    const appId = await publishLeave((draft) => {
      Object.assign(supervisorNode(draft), {
        approvers: [{ type: 'users', users: ['lisi', 'wangwu'] }],
        mode: 'all',
      })
    })
    const instance = await (await start(await as('zhangsan'), appId, shortLeave)).json()
    const [lisiTask] = await openTasks(await as('lisi'), instance.id)
    const [wangwuTask] = await openTasks(await as('wangwu'), instance.id)
    const responses = await Promise.all([
      (await as('lisi')).request('POST', `/api/v1/tasks/${lisiTask?.id}/approve`, { json: {} }),
      (await as('wangwu')).request('POST', `/api/v1/tasks/${wangwuTask?.id}/approve`, { json: {} }),
    ])
    expect(responses.map((response) => response.status)).toEqual([200, 200])
    const final = await (
      await (await as('zhangsan')).request('GET', `/api/v1/instances/${instance.id}`)
    ).json()
    expect(final.status).toBe('approved')
    const copies = final.tasks.filter((task: LooseJson) => task.kind === 'cc')
    expect(copies.map((task: LooseJson) => task.assignee).sort()).toEqual(['lisi', 'zhoujiu'])
    expect(final.timeline.map((entry: LooseJson) => entry.type)).toEqual(['start', 'approve', 'approve'])
  })

  it('keeps an instance on the version it started on when a new one is published', async () => {
    const appId = await publishLeave(() => {})
    const zhangsan = await as('zhangsan')
    const before = await (await start(zhangsan, appId, shortLeave)).json()
    await publishLeave((draft) => {
      Object.assign(supervisorNode(draft), { approvers: [{ type: 'users', users: ['wangwu'] }] })
    }, appId)
    const after = await (await start(zhangsan, appId, shortLeave)).json()
    expect([before.appVersion, after.appVersion]).toEqual([1, 2])
    expect((await openTasks(await as('lisi'), before.id)).map((task) => task.node)).toEqual([
      'supervisorApproval',
    ])
    expect(await openTasks(await as('lisi'), after.id)).toEqual([])
    // Reading it gives the definition it is pinned to, not the one published since; actions answer without it.
    const read = async (login: string, id: string) =>
      (await (await as(login)).request('GET', `/api/v1/instances/${id}`)).json()
    const wangwuOnly = [{ type: 'users', users: ['wangwu'] }]
    expect(supervisorNode((await read('lisi', before.id)).definition).approvers).not.toEqual(wangwuOnly)
    expect(supervisorNode((await read('wangwu', after.id)).definition).approvers).toEqual(wangwuOnly)
    expect((await openTasks(await as('wangwu'), after.id)).map((task) => task.node)).toEqual([
      'supervisorApproval',
    ])
    // The old instance runs to its end on version 1.
    const [task] = await openTasks(await as('lisi'), before.id)
    const done = await (await as('lisi')).request('POST', `/api/v1/tasks/${task?.id}/approve`, { json: {} })
    const answer = await done.json()
    expect(answer.status).toBe('approved')
    expect(answer).not.toHaveProperty('definition')
  })

  it('refuses a start without the approvers the initiator must choose (400 at /selectedApprovers/<node>)', async () => {
    const appId = await publishLeave((draft) => {
      const node = supervisorNode(draft)
      node.approvers = [{ type: 'initiatorSelects', candidateUsers: ['lisi', 'wangwu'] }]
      delete node.emptyPolicy
    })
    const zhangsan = await as('zhangsan')
    const refused = await start(zhangsan, appId, shortLeave)
    expect(refused.status).toBe(400)
    expect((await refused.json()).error).toMatchObject({
      code: 'approvers_required',
      path: '/selectedApprovers/supervisorApproval',
    })
    const chosen = await zhangsan.request('POST', `/api/v1/apps/${appId}/instances`, {
      json: { values: shortLeave, selectedApprovers: { supervisorApproval: ['wangwu'] } },
    })
    expect(chosen.status).toBe(201)
    expect((await openTasks(await as('wangwu'), (await chosen.json()).id)).map((task) => task.node)).toEqual([
      'supervisorApproval',
    ])
  })
})
