import type { InstanceState } from '@signoff/engine'
import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certify } from '../certification/testing/certify.ts'
import { fromJsonColumn } from '../db/json.ts'
import type { InterleavePoint } from '../deps.ts'
import { replayInstance } from '../ops/replay.ts'
import { createScheduler } from '../scheduler/scheduler.ts'
import { start } from '../testing/flows.ts'
import type { Session, TestServer } from '../testing/harness.ts'
import { testServer } from '../testing/harness.ts'
import { expectInstanceIntact } from '../testing/invariants.ts'
import { interleaver } from './interleaver.ts'
import {
  allMustApprove,
  escalatesAfterAnHour,
  lisiDecides,
  publish,
  raceApp,
  wangwuDecides,
} from './race-apps.ts'

// Two operations on one instance, the first held inside its transaction after reading the state
// (nothing written yet) while the second is issued; then the first commits. On PostgreSQL the second
// is seen waiting on the row lock before the release; on SQLite it waits for the one connection.
// Every interleaving must end in exactly one valid outcome: the second applies after the first or
// is refused cleanly, never both applied to the same state, and the event chain stays intact.

let server: TestServer
const apps: Record<string, string> = {}

beforeAll(async () => {
  server = await testServer()
  // More published apps than an uncertified organization may have.
  await certify(server.db)
  const admin = await server.signIn('admin')
  apps.all = await raceApp(admin, 'race-all', allMustApprove)
  apps.escalate = await raceApp(admin, 'race-escalate', escalatesAfterAnHour)
  apps.lisi = await raceApp(admin, 'race-lisi', lisiDecides)
})
afterAll(() => server.close())

const hour = 60 * 60 * 1000
// Fresh sign-ins: some tests move the clock by hours.
const as = (login: string) => server.signIn(login)

type Outcome = { status: number; code?: string; instanceStatus?: string }

async function outcome(response: Response | { status: number; json(): Promise<unknown> }): Promise<Outcome> {
  const body = (await response.json()) as { error?: { code: string }; status?: string }
  return body.error
    ? { status: response.status, code: body.error.code }
    : { status: response.status, instanceStatus: body.status ?? '' }
}

/** Runs `first` until it is held at `point`, issues `second`, waits until it queues, then releases. */
async function interleave<A, B>(
  first: () => Promise<A>,
  second: () => Promise<B>,
  point: InterleavePoint = 'instance.loaded',
): Promise<[A, B]> {
  const gate = interleaver(server.deps)
  try {
    const held = gate.holdNext(point)
    const a = first()
    const inside = await held
    const b = second()
    await inside.contended(server.db)
    inside.release()
    return await Promise.all([a, b])
  } finally {
    gate.stop()
  }
}

async function startOn(appId: string): Promise<{ id: string; version: number }> {
  const response = await start(await as('zhangsan'), appId, sampleSubmissions.leave.values)
  expect(response.status).toBe(201)
  return response.json()
}

async function taskOf(session: Session, instanceId: string): Promise<string> {
  const { items } = await (await session.request('GET', '/api/v1/tasks?box=todo')).json()
  const task = items.find((item: { instanceId: string }) => item.instanceId === instanceId)
  if (!task) throw new Error('no open task')
  return task.id
}

const approve = (session: Session, taskId: string, expectedVersion?: number) => () =>
  session
    .request('POST', `/api/v1/tasks/${taskId}/approve`, {
      json: expectedVersion === undefined ? {} : { expectedVersion },
    })
    .then(outcome)

/**
 * The instance's event types in order, after checking every invariant of a stored instance and that
 * its event log replays through the engine to exactly the stored state.
 */
async function intactEvents(instanceId: string): Promise<string[]> {
  const row = await server.db
    .selectFrom('instances')
    .selectAll()
    .where('id', '=', instanceId)
    .executeTakeFirstOrThrow()
  const events = await expectInstanceIntact(server.db, row)
  const state = fromJsonColumn<InstanceState>(row.state)
  expect(await replayInstance(server.db, row)).toEqual({ ok: true, state })
  return events.map((event) => event.type)
}

describe('two approvals on an all-must-approve step', () => {
  it('without versions: the second applies after the first and the step completes once', async () => {
    const instance = await startOn(apps.all as string)
    const [lisi, wangwu] = [await as('lisi'), await as('wangwu')]
    const [first, second] = await interleave(
      approve(lisi, await taskOf(lisi, instance.id)),
      approve(wangwu, await taskOf(wangwu, instance.id)),
    )
    expect(first).toEqual({ status: 200, instanceStatus: 'running' })
    expect(second).toEqual({ status: 200, instanceStatus: 'approved' })
    expect(await intactEvents(instance.id)).toEqual(['start', 'approve', 'approve'])
  })

  it('both on the version they saw: one wins, the other gets a 409 and succeeds on retry', async () => {
    const instance = await startOn(apps.all as string)
    const [lisi, wangwu] = [await as('lisi'), await as('wangwu')]
    const wangwuTask = await taskOf(wangwu, instance.id)
    const [first, second] = await interleave(
      approve(lisi, await taskOf(lisi, instance.id), instance.version),
      approve(wangwu, wangwuTask, instance.version),
    )
    expect(first).toEqual({ status: 200, instanceStatus: 'running' })
    expect(second).toEqual({ status: 409, code: 'conflict' })
    expect(await intactEvents(instance.id)).toEqual(['start', 'approve'])
    expect(await approve(wangwu, wangwuTask)()).toEqual({ status: 200, instanceStatus: 'approved' })
    expect(await intactEvents(instance.id)).toEqual(['start', 'approve', 'approve'])
  })
})

describe('approve against withdraw', () => {
  const withdraw = (session: Session, id: string) => () =>
    session.request('POST', `/api/v1/instances/${id}/withdraw`, { json: {} }).then(outcome)

  it('approve first: the instance is approved and the withdrawal refused', async () => {
    const instance = await startOn(apps.lisi as string)
    const lisi = await as('lisi')
    const [approved, withdrawn] = await interleave(
      approve(lisi, await taskOf(lisi, instance.id)),
      withdraw(await as('zhangsan'), instance.id),
    )
    expect(approved).toEqual({ status: 200, instanceStatus: 'approved' })
    expect(withdrawn).toMatchObject({ status: 409, code: 'not_running' })
    expect(await intactEvents(instance.id)).toEqual(['start', 'approve'])
  })

  it('withdraw first: the instance is withdrawn and the approval refused', async () => {
    const instance = await startOn(apps.lisi as string)
    const lisi = await as('lisi')
    const task = await taskOf(lisi, instance.id)
    const [withdrawn, approved] = await interleave(
      withdraw(await as('zhangsan'), instance.id),
      approve(lisi, task),
    )
    expect(withdrawn).toEqual({ status: 200, instanceStatus: 'withdrawn' })
    expect(approved).toMatchObject({ status: 409 })
    expect(await intactEvents(instance.id)).toEqual(['start', 'withdraw'])
  })
})

describe('approve against the timeout escalation', () => {
  const tick = () =>
    createScheduler(server.deps, { builtins: {}, leaseMs: 60_000, intervalMs: 1_000, batch: 50 }).tick()

  it('approve first: the instance is approved and the due timer no longer applies', async () => {
    const instance = await startOn(apps.escalate as string)
    const lisi = await as('lisi')
    const task = await taskOf(lisi, instance.id)
    server.advance(2 * hour)
    const [approved, report] = await interleave(approve(lisi, task), tick)
    expect(approved).toEqual({ status: 200, instanceStatus: 'approved' })
    expect(report.timersFired).toBe(0)
    expect(await intactEvents(instance.id)).toEqual(['start', 'approve'])
    const timers = await server.db
      .selectFrom('timers')
      .selectAll()
      .where('instance_id', '=', instance.id)
      .execute()
    expect(timers).toEqual([])
  })

  it('escalation first: the task moves to the supervisor and the late approval is refused', async () => {
    const instance = await startOn(apps.escalate as string)
    const lisi = await as('lisi')
    const task = await taskOf(lisi, instance.id)
    server.advance(2 * hour)
    const [report, approved] = await interleave(tick, approve(lisi, task))
    expect(report.timersFired).toBe(1)
    expect(approved).toEqual({ status: 409, code: 'task_not_open' })
    expect(await intactEvents(instance.id)).toEqual(['start', 'timerFired'])
    const open = await server.db
      .selectFrom('tasks')
      .select('assignee_id')
      .where('instance_id', '=', instance.id)
      .where('status', '=', 'open')
      .execute()
    expect(open.map((row) => row.assignee_id)).toEqual(['wangwu'])
  })
})

describe('transfer against approve (the same approver, two tabs)', () => {
  const transfer = (session: Session, taskId: string) => () =>
    session.request('POST', `/api/v1/tasks/${taskId}/transfer`, { json: { to: 'wangwu' } }).then(outcome)

  it('transfer first: wangwu holds the task and the approval is refused', async () => {
    const instance = await startOn(apps.lisi as string)
    const lisi = await as('lisi')
    const task = await taskOf(lisi, instance.id)
    const [transferred, approved] = await interleave(transfer(lisi, task), approve(lisi, task))
    expect(transferred).toEqual({ status: 200, instanceStatus: 'running' })
    expect(approved).toEqual({ status: 409, code: 'task_not_open' })
    expect(await intactEvents(instance.id)).toEqual(['start', 'transfer'])
    expect(await taskOf(await as('wangwu'), instance.id)).toBeTruthy()
  })

  it('approve first: the instance is approved and the transfer refused', async () => {
    const instance = await startOn(apps.lisi as string)
    const lisi = await as('lisi')
    const task = await taskOf(lisi, instance.id)
    const [approved, transferred] = await interleave(approve(lisi, task), transfer(lisi, task))
    expect(approved).toEqual({ status: 200, instanceStatus: 'approved' })
    expect(transferred).toMatchObject({ status: 409 })
    expect(await intactEvents(instance.id)).toEqual(['start', 'approve'])
  })
})

describe('publish against start', () => {
  it('a start that read version n keeps n although n+1 is published before it commits', async () => {
    const admin = await as('admin')
    const appId = await raceApp(admin, 'race-publish', lisiDecides)
    const zhangsan = await as('zhangsan')
    const gate = interleaver(server.deps)
    let started: Awaited<ReturnType<typeof start>>
    try {
      const held = gate.holdNext('start.loaded')
      const starting = start(zhangsan, appId, sampleSubmissions.leave.values)
      const inside = await held
      const publishing = publish(admin, appId, wangwuDecides)
      // PostgreSQL: the publish commits while the start is held (it reads, it locks nothing the
      // publish writes). SQLite: the publish waits for the start's connection.
      if (server.dialect === 'postgres') expect((await publishing).status).toBe(201)
      inside.release()
      started = await starting
      expect((await publishing).status).toBe(201)
    } finally {
      gate.stop()
    }
    expect(started.status).toBe(201)
    const first = await started.json()
    const pinned = async (id: string) =>
      (
        await server.db
          .selectFrom('instances')
          .select('app_version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).app_version
    expect(await pinned(first.id)).toBe(1)
    expect(await taskOf(await as('lisi'), first.id)).toBeTruthy()
    expect(await intactEvents(first.id)).toEqual(['start'])

    const second = await (await start(zhangsan, appId, sampleSubmissions.leave.values)).json()
    expect(await pinned(second.id)).toBe(2)
    expect(await taskOf(await as('wangwu'), second.id)).toBeTruthy()
  })
})
