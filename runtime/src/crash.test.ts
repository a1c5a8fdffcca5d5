import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleSubmissions } from '@signoff/templates'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './db/database.ts'
import { expectInstanceIntact } from './testing/invariants.ts'
import { type Client, kill, type RunningServer, signIn, spawnServer } from './testing/process.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'signoff-crash-'))
let server: RunningServer | undefined
afterAll(async () => {
  if (server) await kill(server, 'SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

const values = sampleSubmissions.leave.values

/** Starts and approvals until stopped; remembers every request the server acknowledged. */
async function load(zhangsan: Client, lisi: Client, appId: string, until: () => boolean) {
  const acknowledgedStarts = new Map<string, string>()
  const acknowledgedApprovals = new Set<string>()
  const starter = async (worker: number) => {
    for (let n = 0; !until(); n++) {
      const key = `crash-${worker}-${n}`
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
  it('after SIGKILL under load, a restart loses no acknowledged request and every invariant holds', async () => {
    server = await spawnServer(dataDir)
    const [zhangsan, lisi] = [await signIn(server.base, 'zhangsan'), await signIn(server.base, 'lisi')]
    const { items } = (await (await zhangsan.request('GET', '/api/v1/apps')).json()) as {
      items: { id: string; key: string }[]
    }
    const appId = items.find((app) => app.key === 'leave')?.id ?? ''

    let killed = false
    const running = load(zhangsan, lisi, appId, () => killed)
    await new Promise((resolve) => setTimeout(resolve, 2500))
    await kill(server, 'SIGKILL')
    killed = true
    const { acknowledgedStarts, acknowledgedApprovals } = await running
    expect(acknowledgedStarts.size).toBeGreaterThan(0)
    expect(acknowledgedApprovals.size).toBeGreaterThan(0)

    server = await spawnServer(dataDir)
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

    const db = openDatabase({ dataDir, databaseUrl: undefined })
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
      for (const row of instances) await expectInstanceIntact(db, row)
    } finally {
      await db.destroy()
    }
  }, 120_000)

  it('stops on SIGTERM: the scheduler and the database close and the process exits with 0', async () => {
    const running = await spawnServer(dataDir)
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
