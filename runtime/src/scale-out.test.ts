import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certify } from './certification/testing/certify.ts'
import { type Db, openDatabase } from './db/database.ts'
import { expectInstanceIntact } from './testing/invariants.ts'
import { type Client, kill, type RunningServer, signIn, spawnServer } from './testing/process.ts'
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts'
import { type WebhookReceiver, webhookReceiver } from './testing/webhook-receiver.ts'

// Three runtime processes on one PostgreSQL schema, as behind a load balancer: requests spread over
// them, one is SIGKILLed under load, and the others finish its work once its leases run out.

const dataDir = mkdtempSync(join(tmpdir(), 'signoff-scale-out-'))
let database: TestDatabase
let db: Db
let receiver: WebhookReceiver
let servers: RunningServer[] = []
const alive = new Set<number>()

beforeAll(async () => {
  database = await createTestDatabase(dataDir, 'postgres')
  db = openDatabase(database.location)
  receiver = await webhookReceiver()
  const env = {
    ...database.env,
    SIGNOFF_WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    SIGNOFF_SCHEDULER_LEASE_MS: '3000',
    SIGNOFF_SCHEDULER_INTERVAL_MS: '200',
    SIGNOFF_DB_POOL_MAX: '4',
  }
  // All three at once on the empty schema: one migrates and seeds, the others wait for it.
  servers = await Promise.all([0, 1, 2].map(() => spawnServer(dataDir, env)))
  for (const index of servers.keys()) alive.add(index)
  // Outbound webhooks are for certified organizations.
  await certify(db)
}, 120_000)

afterAll(async () => {
  for (const index of alive) await kill(servers[index] as RunningServer, 'SIGKILL')
  await receiver?.close()
  await db?.destroy()
  await database?.drop()
  rmSync(dataDir, { recursive: true, force: true })
})

const values = {
  ...sampleSubmissions.leave.values,
  period: { start: '2026-12-01', startHalf: 'am', end: '2026-12-03', endHalf: 'pm' },
}
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One signed-in client per process for each login; `on(n)` picks a live process round-robin. */
async function people(logins: string[]) {
  const clients = new Map<string, Client[]>()
  for (const login of logins)
    clients.set(login, await Promise.all(servers.map((server) => signIn(server.base, login))))
  return (login: string, n: number): Client => {
    const live = [...alive]
    return clients.get(login)?.[live[n % live.length] as number] as Client
  }
}

/** A leave app whose instance events go out as webhooks and whose first approval reminds after a minute. */
async function hookedLeave(admin: Client): Promise<string> {
  const created = await admin.request('POST', '/api/v1/apps', { fromTemplate: 'leave', key: 'leave-scaled' })
  const { id } = (await created.json()) as { id: string }
  const current = await admin.request('GET', `/api/v1/apps/${id}/draft`)
  const draft = (await current.json()) as {
    settings: { notifications: { channels: string[] } }
    flow: { nodes: { id: string; timeouts?: unknown[] }[] }
  }
  draft.settings.notifications.channels = ['inApp', 'webhook']
  const approval = draft.flow.nodes.find((node) => node.id === 'supervisorApproval')
  if (approval) approval.timeouts = [{ after: 'PT1M', action: 'remind' }]
  const saved = await admin.request('PUT', `/api/v1/apps/${id}/draft`, draft, {
    'if-match': current.headers.get('etag') ?? '',
  })
  expect(saved.status).toBe(200)
  expect((await admin.request('POST', `/api/v1/apps/${id}/publish`, {})).status).toBe(201)
  const hook = await admin.request('POST', '/api/v1/webhooks', {
    url: receiver.url,
    appId: id,
    events: ['started', 'taskAssigned', 'approved', 'rejected', 'withdrawn'],
  })
  expect(hook.status).toBe(201)
  return id
}

async function until(what: string, done: () => Promise<boolean>, ms = 40_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await settle(200)
  }
}

describe('several runtime processes on one PostgreSQL', () => {
  it('start together, migrate and seed once, and each reports a reachable database', async () => {
    const migrations = await db
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute()
    expect(new Set(migrations.map((row) => (row as { name: string }).name)).size).toBe(migrations.length)
    expect((await db.selectFrom('tenants').select('id').execute()).length).toBe(2)
    for (const server of servers) {
      const health = await fetch(`${server.base}/healthz`)
      expect(await health.json()).toEqual({ status: 'ok', database: true })
    }
  })

  it('keep every invariant under load spread over them, with one SIGKILLed mid-run', async () => {
    const as = await people(['admin', 'zhangsan', 'lisi'])
    const appId = await hookedLeave(as('admin', 0))
    const startOn = (n: number, key: string) =>
      as('zhangsan', n).request(
        'POST',
        `/api/v1/apps/${appId}/instances`,
        { values },
        { 'idempotency-key': key },
      )

    // The same Idempotency-Key on all three at once: one instance, the same answer everywhere.
    const twins = await Promise.all([0, 1, 2, 0, 1, 2].map((n) => startOn(n, 'twin')))
    expect(twins.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201])
    const twinIds = await Promise.all(
      twins.map(async (response) => ((await response.json()) as { id: string }).id),
    )
    expect(new Set(twinIds).size).toBe(1)

    // Twenty approvals of one task spread over the three: exactly one wins.
    const inbox = (await (await as('lisi', 0).request('GET', '/api/v1/tasks?box=todo')).json()) as {
      items: { id: string; instanceId: string }[]
    }
    const twinTask = inbox.items.find((task) => task.instanceId === twinIds[0])?.id
    const raced = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        as('lisi', n).request('POST', `/api/v1/tasks/${twinTask}/approve`, {}),
      ),
    )
    expect(raced.filter((response) => response.status === 200)).toHaveLength(1)
    expect(raced.filter((response) => response.status === 409)).toHaveLength(19)

    // The load: three starters of eight instances each and an approver of the first two starters'
    // (the third's wait for their reminders), every request to the next live process; process 2 is
    // killed once a third of the starts are acknowledged.
    const acknowledgedStarts = new Map<string, string>([['twin', twinIds[0] as string]])
    const acknowledgedApprovals = new Set<string>()
    const approvable = new Set<string>()
    let starting = 3
    const starter = async (worker: number) => {
      for (let n = 0; n < 8; n++) {
        const key = `load-${worker}-${n}`
        const response = await startOn(worker + n, key).catch(() => undefined)
        if (response?.status !== 201) continue
        const { id } = (await response.json()) as { id: string }
        acknowledgedStarts.set(key, id)
        if (worker < 2) approvable.add(id)
      }
      starting -= 1
    }
    const approver = async () => {
      for (let n = 0, last = false; !last; n++) {
        last = starting === 0
        const listed = await as('lisi', n)
          .request('GET', '/api/v1/tasks?box=todo')
          .catch(() => undefined)
        if (listed?.status !== 200) continue
        const { items } = (await listed.json()) as { items: { id: string; instanceId: string }[] }
        await Promise.all(
          items
            .filter((task) => approvable.has(task.instanceId))
            .slice(0, 4)
            .map(async (task, index) => {
              const response = await as('lisi', n + index)
                .request('POST', `/api/v1/tasks/${task.id}/approve`, {})
                .catch(() => undefined)
              if (response?.status === 200) acknowledgedApprovals.add(task.id)
            }),
        )
      }
    }
    const load = Promise.all([starter(0), starter(1), starter(2), approver()])
    await until('a third of the load is acknowledged', async () => acknowledgedStarts.size > 8)
    alive.delete(2)
    await kill(servers[2] as RunningServer, 'SIGKILL')
    await load
    // At most the three starts in flight to the killed process go unanswered.
    expect(acknowledgedStarts.size).toBeGreaterThanOrEqual(22)
    expect(acknowledgedApprovals.size).toBeGreaterThan(0)

    // Time passes for the reminders: every pending timer falls due; the live processes fire them,
    // and deliver every webhook, including what the killed one had claimed, once its lease runs out.
    await db
      .updateTable('timers')
      .set({ due_at: new Date(Date.now() - 1000).toISOString() })
      .execute()
    const due = await db.selectFrom('timers').selectAll().execute()
    expect(due.length).toBeGreaterThan(0)
    await until(
      'every timer fired',
      async () => (await db.selectFrom('timers').select('timer_id').execute()).length === 0,
    )
    const webhookRows = () => db.selectFrom('outbox').selectAll().where('kind', '=', 'webhook').execute()
    await until('every webhook delivered', async () =>
      (await webhookRows()).every((row) => row.delivered_at !== null),
    )

    // No acknowledged request lost: each start replays its instance on a survivor, each approval stands.
    for (const [key, id] of acknowledgedStarts) {
      const replay = await startOn(0, key)
      expect(replay.status).toBe(201)
      expect(((await replay.json()) as { id: string }).id).toBe(id)
    }
    for (const taskId of acknowledgedApprovals) {
      const task = await db
        .selectFrom('tasks')
        .select('status')
        .where('id', '=', taskId)
        .executeTakeFirstOrThrow()
      expect(task.status).toBe('done')
    }

    // Each instance intact (testing/invariants.ts), and each timer that fell due fired (once).
    const instances = await db.selectFrom('instances').selectAll().where('app_id', '=', appId).execute()
    for (const id of acknowledgedStarts.values()) expect(instances.some((row) => row.id === id)).toBe(true)
    for (const row of instances) {
      const events = await expectInstanceIntact(db, row)
      const fired = events
        .filter((event) => event.type === 'timerFired')
        .map((event) => JSON.parse(event.event).timerId)
      for (const timer of due.filter((item) => item.instance_id === row.id))
        expect(fired).toContain(timer.timer_id)
    }

    // Every webhook reached the receiver under its own key; a redelivery (the killed process sent
    // it but died before recording it) carries the same key and body, so the receiver applies it once.
    const expectedKeys = new Set((await webhookRows()).map((row) => row.idempotency_key))
    expect(expectedKeys.size).toBeGreaterThan(acknowledgedStarts.size)
    const bodies = new Map<string, string>()
    for (const delivery of receiver.received) {
      expect(expectedKeys.has(delivery.key)).toBe(true)
      expect(bodies.get(delivery.key) ?? delivery.body).toBe(delivery.body)
      bodies.set(delivery.key, delivery.body)
    }
    expect(new Set(bodies.keys())).toEqual(expectedKeys)

    // Notifications are rows: both survivors show lisi the same bell.
    const bells = await Promise.all(
      [0, 1].map(
        async (n) =>
          ((await (await as('lisi', n).request('GET', '/api/v1/notifications')).json()) as { unread: number })
            .unread,
      ),
    )
    expect(bells[0]).toBeGreaterThan(0)
    expect(bells[1]).toBe(bells[0])
  }, 180_000)
})
