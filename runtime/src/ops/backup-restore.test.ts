import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleSubmissions } from '@signoff/templates'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { type Db, openDatabase } from '../db/database.ts'
import type { DatabaseLocation } from '../db/drivers.ts'
import { hashHex } from '../instances/event-storage.ts'
import { runCli, runProgram } from '../testing/cli.ts'
import { kill, type RunningServer, signIn, spawnServer } from '../testing/process.ts'
import { createTestDatabase, testDialect, testPostgresUrl } from '../testing/test-database.ts'

// A live server with instances is backed up (SQLite: the backup command while it runs; PostgreSQL:
// pg_dump as runtime/README.md documents), keeps working, is stopped, and the backup is restored
// into a fresh place. The server started there finds every instance of the backup with the same
// events, and verify-audit passes until a row is tampered with.

const dataDir = mkdtempSync(join(tmpdir(), 'signoff-backup-'))
const restoredDir = mkdtempSync(join(tmpdir(), 'signoff-restored-'))
const backupFile = join(dataDir, 'backup.signoff')
const restoreDatabase = `signoff_restore_${process.pid}_${Date.now()}`
const servers: RunningServer[] = []
const databases: Db[] = []
let dropSource = async () => {}

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl })
  await client.connect()
  try {
    await client.query(query)
  } finally {
    await client.end()
  }
}

afterAll(async () => {
  for (const server of servers) if (server.child.exitCode === null) await kill(server, 'SIGKILL')
  for (const db of databases) await db.destroy()
  await dropSource()
  if (testDialect === 'postgres') await admin(`drop database if exists ${restoreDatabase} with (force)`)
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(restoredDir, { recursive: true, force: true })
})

function open(location: DatabaseLocation): Db {
  const db = openDatabase(location)
  databases.push(db)
  return db
}

async function chains(db: Db): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('instance_events')
    .select(['instance_id', 'seq', 'hash'])
    .orderBy('instance_id')
    .orderBy('seq')
    .execute()
  const byInstance = new Map<string, string[]>()
  for (const row of rows)
    byInstance.set(row.instance_id, [
      ...(byInstance.get(row.instance_id) ?? []),
      `${row.seq}:${hashHex(row.hash)}`,
    ])
  return byInstance
}

describe('backup and restore', () => {
  it('restores a live backup with every instance intact; verify-audit names a tampered row', async () => {
    const source = await createTestDatabase(dataDir)
    dropSource = source.drop
    const server = await spawnServer(dataDir, source.env)
    servers.push(server)
    const [zhangsan, lisi] = [await signIn(server.base, 'zhangsan'), await signIn(server.base, 'lisi')]
    const { items } = (await (await zhangsan.request('GET', '/api/v1/apps')).json()) as {
      items: { id: string; key: string }[]
    }
    const leave = items.find((app) => app.key === 'leave')?.id ?? ''
    const values = sampleSubmissions.leave.values
    for (let n = 0; n < 4; n++)
      expect((await zhangsan.request('POST', `/api/v1/apps/${leave}/instances`, { values })).status).toBe(201)
    const inbox = (await (await lisi.request('GET', '/api/v1/tasks?box=todo')).json()) as {
      items: { id: string }[]
    }
    for (const task of inbox.items.slice(0, 2))
      expect((await lisi.request('POST', `/api/v1/tasks/${task.id}/approve`, {})).status).toBe(200)

    const sourceDb = open(source.location)
    const before = await chains(sourceDb)
    const statuses = await sourceDb.selectFrom('instances').select(['id', 'status']).orderBy('id').execute()
    expect(before.size).toBeGreaterThanOrEqual(4)

    if (testDialect === 'sqlite') {
      const backup = await runCli(['backup', backupFile], { SIGNOFF_DATA_DIR: dataDir })
      expect(backup.stderr).toBe('')
      expect(backup.code).toBe(0)
      // One self-contained file, nothing half-written left beside it.
      expect(readdirSync(dataDir).filter((name) => name.startsWith('backup.signoff'))).toEqual([
        'backup.signoff',
      ])
    } else {
      const schema = source.env.SIGNOFF_DB_SCHEMA ?? ''
      const dump = await runProgram('pg_dump', ['-d', testPostgresUrl, '-n', schema, '-Fc', '-f', backupFile])
      expect(dump).toMatchObject({ code: 0, stderr: '' })
    }
    // Written after the backup: not in the restored database.
    const late = await zhangsan.request('POST', `/api/v1/apps/${leave}/instances`, { values })
    const lateId = ((await late.json()) as { id: string }).id
    await kill(server, 'SIGTERM')

    let restoredEnv: Record<string, string>
    let restoredLocation: DatabaseLocation
    if (testDialect === 'sqlite') {
      restoredEnv = { SIGNOFF_DATA_DIR: restoredDir }
      restoredLocation = { dataDir: restoredDir, databaseUrl: undefined }
      expect((await runCli(['restore', backupFile], restoredEnv)).code).toBe(0)
      const again = await runCli(['restore', backupFile], restoredEnv)
      expect(again.code).toBe(1)
      expect(again.stderr).toContain('--replace')
    } else {
      await admin(`create database ${restoreDatabase}`)
      const url = testPostgresUrl.replace(/\/[^/]*$/, `/${restoreDatabase}`)
      const restore = await runProgram('pg_restore', ['-d', url, '--no-owner', backupFile])
      expect(restore).toMatchObject({ code: 0, stderr: '' })
      const schema = source.env.SIGNOFF_DB_SCHEMA ?? ''
      restoredEnv = { DATABASE_URL: url, SIGNOFF_DB_SCHEMA: schema }
      restoredLocation = { dataDir: restoredDir, databaseUrl: url, schema, poolMax: 2 }
    }

    const restored = await spawnServer(restoredDir, restoredEnv)
    servers.push(restored)
    const restoredDb = open(restoredLocation)
    expect(await chains(restoredDb)).toEqual(before)
    expect(await restoredDb.selectFrom('instances').select(['id', 'status']).orderBy('id').execute()).toEqual(
      statuses,
    )
    expect(before.has(lateId)).toBe(false)
    const reader = await signIn(restored.base, 'zhangsan')
    for (const { id, status } of statuses) {
      const response = await reader.request('GET', `/api/v1/instances/${id}`)
      expect(response.status).toBe(200)
      expect(((await response.json()) as { status: string }).status).toBe(status)
    }
    await kill(restored, 'SIGTERM')

    const verified = await runCli(['verify-audit'], restoredEnv)
    expect(verified.stdout).toContain(`ok: ${statuses.length} instances`)
    expect(verified.code).toBe(0)

    const victim = statuses[statuses.length - 1]?.id ?? ''
    await restoredDb
      .updateTable('instance_events')
      .set({ at: '2020-01-01T00:00:00.000Z' })
      .where('instance_id', '=', victim)
      .where('seq', '=', 1)
      .execute()
    const broken = await runCli(['verify-audit'], restoredEnv)
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain(`instance ${victim} event 1: the content does not match its hash`)
  }, 180_000)
})
