import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InstanceState } from '@signoff/engine'
import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certify } from './certification/testing/certify.ts'
import { openDatabase } from './db/database.ts'
import { fromJsonColumn } from './db/json.ts'
import { replayInstance } from './ops/replay.ts'
import { expectInstanceIntact } from './testing/invariants.ts'
import { type Client, kill, type RunningServer, signIn, spawnServer } from './testing/process.ts'
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts'
import { type ReceivedWebhook, webhookReceiver } from './testing/webhook-receiver.ts'

// The database of the vitest project: a SQLite file in the data directory, or a PostgreSQL schema.
const dataDir = mkdtempSync(join(tmpdir(), 'signoff-crash-'))
let database: TestDatabase
let server: RunningServer | undefined
beforeAll(async () => {
  database = await createTestDatabase(dataDir)
})
afterAll(async () => {
  if (server) await kill(server, 'SIGKILL')
  await database?.drop()
  rmSync(dataDir, { recursive: true, force: true })
})

const values = sampleSubmissions.leave.values

/** Starts and approvals until stopped; remembers every request the server acknowledged. */
async function load(zhangsan: Client, lisi: Client, appId: string, round: number, until: () => boolean) {
  const acknowledgedStarts = new Map<string, string>()
  const acknowledgedApprovals = new Set<string>()
  const starter = async (worker: number) => {
    for (let n = 0; !until(); n++) {
      const key = `crash-${round}-${worker}-${n}`
      const response = await zhangsan
        .request('POST', `/api/v1/apps/${appId}/instances`, { values }, { 'idempotency-key': key })
        .catch(() => undefined)
      if (response?.status === 201)
        acknowledgedStarts.set(key, ((await response.json()) as { id: string }).id)
    }
  }
  const approver = (async () => {
    while (!until()) {
      const inbox = await lisi.request('GET', '/api/v1/tasks?box=todo').catch(() => undefined)
      if (inbox?.status !== 200) continue
      const { items } = (await inbox.json()) as { items: { id: string }[] }
      await Promise.all(
        items.slice(0, 5).map(async (task) => {
          const response = await lisi
            .request('POST', `/api/v1/tasks/${task.id}/approve`, {})
            .catch(() => undefined)
          if (response?.status === 200) acknowledgedApprovals.add(task.id)
        }),
      )
    }
  })()
  await Promise.all([starter(0), starter(1), starter(2), approver])
  return { acknowledgedStarts, acknowledgedApprovals }
}

describe('crash safety', () => {
  it('after SIGKILLs at random points under load, a restart loses no acknowledged request and every invariant holds', async () => {
    const acknowledgedStarts = new Map<string, string>()
    const acknowledgedApprovals = new Set<string>()
    let appId = ''
    // Three crashes, each after a random 1–3 s of load (printed on failure).
    const delays = [0, 1, 2].map(() => 1000 + Math.floor(Math.random() * 2000))
    for (const [round, delay] of delays.entries()) {
      server = await spawnServer(dataDir, database.env)
      const [zhangsan, lisi] = [await signIn(server.base, 'zhangsan'), await signIn(server.base, 'lisi')]
      const { items } = (await (await zhangsan.request('GET', '/api/v1/apps')).json()) as {
        items: { id: string; key: string }[]
      }
      appId = items.find((app) => app.key === 'leave')?.id ?? ''
      let killed = false
      const running = load(zhangsan, lisi, appId, round, () => killed)
      await new Promise((resolve) => setTimeout(resolve, delay))
      await kill(server, 'SIGKILL')
      killed = true
      const acknowledged = await running
      for (const [key, id] of acknowledged.acknowledgedStarts) acknowledgedStarts.set(key, id)
      for (const id of acknowledged.acknowledgedApprovals) acknowledgedApprovals.add(id)
    }
    expect(acknowledgedStarts.size, `kills after ${delays.join(', ')} ms`).toBeGreaterThan(0)
    expect(acknowledgedApprovals.size, `kills after ${delays.join(', ')} ms`).toBeGreaterThan(0)

    server = await spawnServer(dataDir, database.env)
    const again = await signIn(server.base, 'zhangsan')
    for (const [key, id] of acknowledgedStarts) {
      const replay = await again.request(
        'POST',
        `/api/v1/apps/${appId}/instances`,
        { values },
        { 'idempotency-key': key },
      )
      expect(replay.status).toBe(201)
      expect(((await replay.json()) as { id: string }).id).toBe(id)
    }

    const db = openDatabase(database.location)
    try {
      const instances = await db.selectFrom('instances').selectAll().execute()
      for (const id of acknowledgedStarts.values()) expect(instances.some((row) => row.id === id)).toBe(true)
      for (const taskId of acknowledgedApprovals) {
        const task = await db
          .selectFrom('tasks')
          .selectAll()
          .where('id', '=', taskId)
          .executeTakeFirstOrThrow()
        expect(task.status).toBe('done')
      }
      for (const row of instances) {
        await expectInstanceIntact(db, row)
        // The stored state is exactly what the event log replays to through the engine.
        const state = fromJsonColumn<InstanceState>(row.state)
        expect(await replayInstance(db, row), row.id).toEqual({ ok: true, state })
      }
    } finally {
      await db.destroy()
    }
  }, 240_000)

  it('stops on SIGTERM: the scheduler and the database close and the process exits with 0', async () => {
    const running = await spawnServer(dataDir, database.env)
    let output = ''
    running.child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const exited = new Promise<number | null>((resolve) => running.child.once('exit', resolve))
    running.child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toContain('"message":"stopped"')
  }, 120_000)
})

/** A leave app whose instance events also go out as webhooks. */
async function hookedLeave(admin: Client): Promise<string> {
  const created = await admin.request('POST', '/api/v1/apps', { fromTemplate: 'leave', key: 'leave-hooked' })
  const { id } = (await created.json()) as { id: string }
  const current = await admin.request('GET', `/api/v1/apps/${id}/draft`)
  const draft = (await current.json()) as { settings: { notifications: { channels: string[] } } }
  draft.settings.notifications.channels = ['inApp', 'webhook']
  const saved = await admin.request('PUT', `/api/v1/apps/${id}/draft`, draft, {
    'if-match': current.headers.get('etag') ?? '',
  })
  expect(saved.status).toBe(200)
  expect((await admin.request('POST', `/api/v1/apps/${id}/publish`, {})).status).toBe(201)
  return id
}

describe('a crash between sending and recording', () => {
  const hookDir = mkdtempSync(join(tmpdir(), 'signoff-crash-hook-'))
  const env = {
    SIGNOFF_WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    SIGNOFF_SCHEDULER_LEASE_MS: '1000',
    SIGNOFF_SCHEDULER_INTERVAL_MS: '100',
  }
  let hooked: RunningServer | undefined
  let hookDatabase: TestDatabase | undefined
  afterAll(async () => {
    if (hooked && hooked.child.exitCode === null) await kill(hooked, 'SIGKILL')
    await hookDatabase?.drop()
    rmSync(hookDir, { recursive: true, force: true })
  })

  it('redelivers a webhook the killed server sent but never marked done, under the same idempotency key', async () => {
    let firstArrived: (delivery: ReceivedWebhook) => void = () => {}
    const arrived = new Promise<ReceivedWebhook>((resolve) => {
      firstArrived = resolve
    })
    // The first delivery is never answered: the server dies waiting for it.
    const receiver = await webhookReceiver({
      hold: (delivery) => {
        if (receiver.received.length > 1) return Promise.resolve()
        firstArrived(delivery)
        return new Promise(() => {})
      },
    })
    hookDatabase = await createTestDatabase(hookDir)
    const { location } = hookDatabase
    const serverEnv = { ...env, ...hookDatabase.env }
    const db = openDatabase(location)
    try {
      hooked = await spawnServer(hookDir, serverEnv)
      await certify(db)
      const admin = await signIn(hooked.base, 'admin')
      const leave = await hookedLeave(admin)
      const hook = await admin.request('POST', '/api/v1/webhooks', {
        url: receiver.url,
        appId: leave,
        events: ['started'],
      })
      expect(hook.status).toBe(201)
      const zhangsan = await signIn(hooked.base, 'zhangsan')
      const started = await zhangsan.request('POST', `/api/v1/apps/${leave}/instances`, { values })
      expect(started.status).toBe(201)
      const { id } = (await started.json()) as { id: string }

      const first = await arrived
      await kill(hooked, 'SIGKILL')
      const row = await db
        .selectFrom('outbox')
        .selectAll()
        .where('instance_id', '=', id)
        .where('kind', '=', 'webhook')
        .executeTakeFirstOrThrow()
      expect(row.delivered_at).toBeNull()
      expect(first.key).toBe(row.idempotency_key)

      // Restarted: once the dead process's lease runs out, the row goes out again, same key and body.
      hooked = await spawnServer(hookDir, serverEnv)
      for (;;) {
        const delivered = await db
          .selectFrom('outbox')
          .select('delivered_at')
          .where('id', '=', row.id)
          .executeTakeFirstOrThrow()
        if (delivered.delivered_at !== null) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const deliveries = receiver.received.filter((delivery) => delivery.key === row.idempotency_key)
      expect(deliveries).toHaveLength(2)
      expect(deliveries[1]?.body).toBe(first.body)
      expect(receiver.received.map((delivery) => delivery.key)).toEqual([first.key, first.key])
    } finally {
      await db.destroy()
      await receiver.close()
    }
  }, 120_000)
})
