import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, procurementValues, start, theOpenTask } from '../testing/flows.ts'
import { type TestServer, testServer } from '../testing/harness.ts'
import type { BuiltinRegistry } from './builtins.ts'
import { createScheduler } from './scheduler.ts'

// Fresh sessions in every test: the clock moves by days here, past any session's lifetime.
let server: TestServer

beforeAll(async () => {
  server = await testServer()
})
afterAll(() => server.close())

const day = 24 * 60 * 60 * 1000
const schedulerWith = (builtins: BuiltinRegistry = {}) =>
  createScheduler(server.deps, { builtins, leaseMs: 60_000, intervalMs: 1_000, batch: 50 })

async function eventTypes(instanceId: string): Promise<string[]> {
  const rows = await server.db
    .selectFrom('instance_events')
    .select('type')
    .where('instance_id', '=', instanceId)
    .orderBy('seq')
    .execute()
  return rows.map((row) => row.type)
}

describe('the scheduler', () => {
  it('fires a timer that fell due while no scheduler ran exactly once, on the first pass after start', async () => {
    const procurement = await appIdOf(await server.signIn('admin'), 'procurement')
    const instance = await (
      await start(await server.signIn('zhengyi'), procurement, procurementValues('100.00'))
    ).json()
    const yangliu = await server.signIn('yangliu')
    await yangliu.request('POST', `/api/v1/tasks/${(await theOpenTask(yangliu, instance.id)).id}/approve`, {
      json: {},
    })
    expect(await schedulerWith().tick()).toEqual({ timersFired: 0, automationsRun: 0, webhooksSent: 0 })

    // The server is "down" past the two-day reminder (the daily repeat after it is not due yet).
    server.advance(2 * day + 60 * 60 * 1000)
    const restarted = schedulerWith()
    const [first, second] = [await restarted.tick(), await restarted.tick()]
    expect(first.timersFired).toBe(1)
    expect(second.timersFired).toBe(0)
    expect((await eventTypes(instance.id)).filter((type) => type === 'timerFired')).toHaveLength(1)
    const reminders = await server.db
      .selectFrom('notifications')
      .select('reason')
      .where('instance_id', '=', instance.id)
      .where('user_id', '=', 'chensan')
      .where('reason', '=', 'reminder')
      .execute()
    expect(reminders).toHaveLength(1)
  })

  it('does not fire a timer another process holds a lease on', async () => {
    const procurement = await appIdOf(await server.signIn('admin'), 'procurement')
    const instance = await (
      await start(await server.signIn('zhengyi'), procurement, procurementValues('100.00'))
    ).json()
    const yangliu = await server.signIn('yangliu')
    await yangliu.request('POST', `/api/v1/tasks/${(await theOpenTask(yangliu, instance.id)).id}/approve`, {
      json: {},
    })
    server.advance(2 * day + 60 * 60 * 1000)
    const leased = new Date(server.deps.now().getTime() + 30_000).toISOString()
    await server.db
      .updateTable('timers')
      .set({ lease_until: leased })
      .where('instance_id', '=', instance.id)
      .execute()
    const fired = async () => (await eventTypes(instance.id)).filter((type) => type === 'timerFired').length
    await schedulerWith().tick()
    expect(await fired()).toBe(0)
    server.advance(60_000) // the other process died; its lease ran out
    await schedulerWith().tick()
    expect(await fired()).toBe(1)
  })

  it('runs builtin automations and gives the engine their results; an unknown builtin is a clear failure', async () => {
    const reviewer2 = await server.signIn('reviewer2')
    const certification = await appIdOf(reviewer2, 'enterprise-certification')
    const started = await start(
      reviewer2,
      certification,
      sampleSubmissions['enterprise-certification'].values,
    )
    expect(started.status).toBe(201)
    const instance = await started.json()

    expect((await schedulerWith().tick()).automationsRun).toBe(1)
    const failed = await server.db
      .selectFrom('outbox')
      .select(['delivered_at', 'last_error'])
      .where('instance_id', '=', instance.id)
      .executeTakeFirstOrThrow()
    expect(failed.last_error).toBe('unknown builtin automation "certification.precheck"')
    expect(failed.delivered_at).not.toBeNull()

    // The engine retries after its backoff; this time the builtin exists and passes.
    const calls: string[] = []
    const builtins: BuiltinRegistry = {
      'certification.precheck': async (call) => {
        calls.push(`${call.action.name}#${call.attempt}`)
        return { ok: true }
      },
    }
    server.advance(day)
    const scheduler = schedulerWith(builtins)
    await scheduler.tick()
    await scheduler.tick()
    expect(calls).toEqual(['certification.precheck#2'])
    const reviewer1 = await server.signIn('reviewer1')
    expect((await theOpenTask(reviewer1, instance.id)).node).toBe('initialReview')
    expect(await eventTypes(instance.id)).toEqual([
      'start',
      'automationResult',
      'timerFired',
      'automationResult',
    ])
  })
})

describe('GET /notifications', () => {
  it('lists the caller’s notices with the unread count and marks them read', async () => {
    const leave = await appIdOf(await server.signIn('admin'), 'leave')
    await start(await server.signIn('zhangsan'), leave, sampleSubmissions.leave.values)
    const lisi = await server.signIn('lisi')
    const bell = await (await lisi.request('GET', '/api/v1/notifications')).json()
    expect(bell.unread).toBeGreaterThanOrEqual(1)
    expect(bell.items[0]).toMatchObject({ reason: 'taskAssigned', readAt: null })
    const marked = await (await lisi.request('POST', '/api/v1/notifications/read', { json: {} })).json()
    expect(marked.marked).toBe(bell.unread)
    expect((await (await lisi.request('GET', '/api/v1/notifications')).json()).unread).toBe(0)
  })
})
