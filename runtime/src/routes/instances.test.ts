import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, procurementValues, sessions, start, theOpenTask } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>
let apps: Record<'procurement' | 'leave' | 'reimbursement', string>

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
  const admin = await as('admin')
  apps = {
    procurement: await appIdOf(admin, 'procurement'),
    leave: await appIdOf(admin, 'leave'),
    reimbursement: await appIdOf(admin, 'reimbursement'),
  }
})
afterAll(() => server.close())

/** Each approver in turn approves their one open task; returns the final instance. */
async function approveInTurn(instanceId: string, steps: [login: string, node: string, body?: object][]) {
  let last: LooseJson
  for (const [login, node, body] of steps) {
    const session = await as(login)
    const task = await theOpenTask(session, instanceId)
    expect(task.node, `${login}'s task`).toBe(node)
    const response = await session.request('POST', `/api/v1/tasks/${task.id}/approve`, { json: body ?? {} })
    expect(response.status, `${login} approves`).toBe(200)
    last = await response.json()
  }
  return last
}

describe('the demo templates end to end over HTTP', () => {
  it('procurement by zhengyi at 20000.01: department head, technical evaluation, CFO, procurement officer, CC finance', async () => {
    const zhengyi = await as('zhengyi')
    const started = await start(zhengyi, apps.procurement, procurementValues('20000.01'))
    expect(started.status).toBe(201)
    const instance = await started.json()
    expect(instance).toMatchObject({
      status: 'running',
      version: 1,
      initiator: 'zhengyi',
      values: { total: '20000.01' },
    })
    expect(instance.serialNumber).toMatch(/^CG-20260302-\d{4}$/)
    const pathOf = (view: LooseJson) =>
      view.predictedPath.map((step: { node: string; assignees: { user: string }[] }) =>
        [step.node, ...step.assignees.map((assignee) => assignee.user)].join(':'),
      )
    expect(pathOf(instance)).toEqual([
      'departmentApproval:yangliu',
      'technicalCheck',
      'technicalEvaluation:fenger',
      'amountCheck',
      'cfoApproval:qianqi',
      'placeOrder:chensan',
      'notifyFinance:zhaoliu',
      'end',
    ])
    const afterHead = await approveInTurn(instance.id, [['yangliu', 'departmentApproval']])
    // Only what is left: the department head's approval is behind it.
    expect(pathOf(afterHead)).toEqual([
      'technicalEvaluation:fenger',
      'amountCheck',
      'cfoApproval:qianqi',
      'placeOrder:chensan',
      'notifyFinance:zhaoliu',
      'end',
    ])
    const done = await approveInTurn(instance.id, [
      ['fenger', 'technicalEvaluation'],
      ['qianqi', 'cfoApproval'],
      ['chensan', 'placeOrder', { values: { orderNumber: 'PO-2026-001' } }],
    ])
    expect(done).toMatchObject({ status: 'approved', values: { orderNumber: 'PO-2026-001' } })
    expect(done.predictedPath).toBeUndefined()
    expect(done.chainVerified).toBe(true)
    expect(done.timeline.map((entry: { type: string }) => entry.type)).toEqual([
      'start',
      'approve',
      'approve',
      'approve',
      'approve',
    ])
    const cc = await (await (await as('zhaoliu')).request('GET', '/api/v1/tasks?box=cc')).json()
    expect(cc.items.filter((item: LooseJson) => item.instanceId === instance.id)).toMatchObject([
      { node: 'notifyFinance', kind: 'cc' },
    ])
    const mine = await (await zhengyi.request('GET', '/api/v1/tasks?box=started')).json()
    expect(mine.items.map((item: LooseJson) => item.id)).toContain(instance.id)
    expect(mine.counts.started).toBeGreaterThanOrEqual(1)
    const yangliuDone = await (await (await as('yangliu')).request('GET', '/api/v1/tasks?box=done')).json()
    expect(
      yangliuDone.items.some(
        (item: LooseJson) => item.instanceId === instance.id && item.outcome === 'approved',
      ),
    ).toBe(true)
  })

  it.each([
    [
      '3 days: only the supervisor',
      { start: '2026-12-01', startHalf: 'am', end: '2026-12-03', endHalf: 'pm' },
      [['lisi', 'supervisorApproval']],
    ],
    [
      '3.5 days: the supervisor and theirs',
      { start: '2026-12-01', startHalf: 'pm', end: '2026-12-04', endHalf: 'pm' },
      [
        ['lisi', 'supervisorApproval'],
        ['wangwu', 'secondSupervisorApproval'],
      ],
    ],
  ] as const)('leave of %s, then HR and the delegate are copied', async (_name, period, steps) => {
    const zhangsan = await as('zhangsan')
    const response = await start(zhangsan, apps.leave, { ...sampleSubmissions.leave.values, period })
    expect(response.status).toBe(201)
    const { id, serialNumber } = await response.json()
    expect(serialNumber).toMatch(/^QJ-20260302-\d{4}$/)
    const done = await approveInTurn(
      id,
      steps.map(([login, node]) => [login, node]),
    )
    expect(done.status).toBe('approved')
    const ccNodes = done.tasks
      .filter((task: LooseJson) => task.kind === 'cc')
      .map((task: LooseJson) => task.assignee)
    expect(ccNodes.sort()).toEqual(['lisi', 'zhoujiu'])
  })

  it('reimbursement of exactly 10000 stays with the finance manager', async () => {
    const zhangsan = await as('zhangsan')
    const values = structuredClone(sampleSubmissions.reimbursement.values) as Record<string, LooseJson>
    values.items = [{ ...values.items[0], amount: '10000.00' }]
    const response = await start(zhangsan, apps.reimbursement, values)
    expect(response.status).toBe(201)
    const { id } = await response.json()
    const done = await approveInTurn(id, [
      ['lisi', 'departmentApproval'],
      ['zhaoliu', 'financeApproval'],
    ])
    expect(done).toMatchObject({ status: 'approved', values: { total: '10000.00' } })
  })

  it('answers the start and a decision with the summary and tasks only under Prefer: return=minimal', async () => {
    const minimal = { prefer: 'return=minimal' }
    const zhangsan = await as('zhangsan')
    const values = structuredClone(sampleSubmissions.reimbursement.values) as Record<string, LooseJson>
    const started = await start(zhangsan, apps.reimbursement, values, minimal)
    expect(started.status).toBe(201)
    expect(started.headers.get('preference-applied')).toBe('return=minimal')
    const short = await started.json()
    expect(short).toMatchObject({ status: 'running', version: 1, initiator: 'zhangsan' })
    expect(short.serialNumber).toMatch(/^\S+-\d{4}$/)
    expect(short.tasks.filter((task: LooseJson) => task.status === 'open')).toHaveLength(1)
    expect(short).not.toHaveProperty('timeline')
    expect(short).not.toHaveProperty('predictedPath')
    // The number the short answer gave is the one the instance keeps.
    const full = await (await zhangsan.request('GET', `/api/v1/instances/${short.id}`)).json()
    expect(full.serialNumber).toBe(short.serialNumber)
    expect(full.timeline).toHaveLength(1)

    const lisi = await as('lisi')
    const task = await theOpenTask(lisi, short.id)
    const approved = await lisi.request('POST', `/api/v1/tasks/${task.id}/approve`, {
      json: {},
      headers: minimal,
    })
    expect(approved.status).toBe(200)
    expect(approved.headers.get('etag')).toBe('"v2"')
    const decided = await approved.json()
    expect(decided).toMatchObject({ id: short.id, version: 2 })
    expect(decided.tasks.find((row: LooseJson) => row.id === task.id)).toMatchObject({ status: 'done' })
    expect(decided).not.toHaveProperty('timeline')
    // Without the preference, the full view as before.
    const next = await theOpenTask(await as('zhaoliu'), short.id)
    const plain = await (await as('zhaoliu')).request('POST', `/api/v1/tasks/${next.id}/approve`, {
      json: {},
    })
    expect(plain.headers.get('preference-applied')).toBeNull()
    expect((await plain.json()).timeline.map((entry: LooseJson) => entry.type)).toEqual([
      'start',
      'approve',
      'approve',
    ])
  })
})
