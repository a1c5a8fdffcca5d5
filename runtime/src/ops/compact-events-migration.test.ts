import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { type Db, openDatabase } from '../db/database.ts'
import { migrateTo, migrateToLatest } from '../db/migrations/index.ts'
import { type ChainedRow, chainStart, eventHash, verifyChain } from '../instances/hash-chain.ts'
import { instanceEvents } from '../repositories/instance-events.ts'
import { notifications } from '../repositories/notifications.ts'
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts'
import { verifyAllChains } from './verify-chains.ts'

// Event rows written before 0012 (hex hashes, a stored prev_hash, whole documents) read back the
// same after it, and every chain verifies, or fails at the same event, as it did before.

const dataDir = mkdtempSync(join(tmpdir(), 'signoff-compact-migration-'))
const opened: { db: Db; database: TestDatabase }[] = []
afterAll(async () => {
  for (const { db, database } of opened) {
    await db.destroy()
    await database.drop()
  }
  rmSync(dataDir, { recursive: true, force: true })
})

const at = '2026-01-01T00:00:00.000Z'

/** A database at 0011 with one tenant, one app version and the given instances (at version 3). */
async function at0011(name: string, instanceIds: readonly string[]) {
  const database = await createTestDatabase(join(dataDir, name))
  const db = openDatabase(database.location)
  opened.push({ db, database })
  await migrateTo(db, '0011-audit-chain')
  // biome-ignore lint/suspicious/noExplicitAny: the schema as it was at 0011
  const old = db as unknown as Kysely<any>
  const tenant = { id: 't1', slug: 't1', name: 'T', kind: 'organization', certification_level: 'none' }
  await old
    .insertInto('tenants')
    .values({ ...tenant, created_at: at })
    .execute()
  await old
    .insertInto('apps')
    .values({
      ...{ tenant_id: 't1', id: 'a1', key: 'a', name: 'A', draft: '{}', draft_revision: 1 },
      ...{ current_version: 1, created_by: null, created_at: at, updated_at: at },
    })
    .execute()
  await old
    .insertInto('app_versions')
    .values({
      ...{ tenant_id: 't1', app_id: 'a1', number: 1, content: '{}', content_hash: 'x', note: '' },
      ...{ author_id: null, created_at: at },
    })
    .execute()
  for (const [index, id] of instanceIds.entries())
    await old
      .insertInto('instances')
      .values({
        ...{ tenant_id: 't1', id, app_id: 'a1', app_version: 1, serial_number: `S-${index}` },
        ...{ initiator_id: 'zhangsan', status: 'running', state: '{}', version: 3, title: id },
        ...{ created_at: at, updated_at: at },
      })
      .execute()
  return { db, old }
}

/** Three events as the runtime wrote them before 0012, one of them a system event without actor. */
function oldChain(): ChainedRow[] {
  const base = (seq: number, type: string, actor: string) => ({
    seq,
    type,
    actor,
    at: `2026-01-01T00:0${seq}:00.000Z`,
  })
  const contents = [
    {
      ...base(1, 'start', 'zhangsan'),
      event: {
        type: 'start',
        actor: 'zhangsan',
        at: '2026-01-01T00:01:00.000Z',
        expectedVersion: 0,
        values: { amount: '12.50' },
      },
    },
    {
      ...base(2, 'timerFired', 'system'),
      event: { type: 'timerFired', timerId: 'r1', at: '2026-01-01T00:02:00.000Z', expectedVersion: 1 },
    },
    {
      ...base(3, 'approve', 'lisi'),
      event: {
        type: 'approve',
        actor: 'lisi',
        taskId: 't3',
        at: '2026-01-01T00:03:00.000Z',
        expectedVersion: 2,
      },
    },
  ]
  const rows: ChainedRow[] = []
  let previous = chainStart
  for (const content of contents) {
    const timeline = {
      version: content.seq,
      at: content.at,
      actor: content.actor,
      type: content.type,
      text: { 'zh-CN': '…', en: '…' },
      notes: [],
    }
    const row = { ...content, event: JSON.stringify(content.event), timeline: JSON.stringify(timeline) }
    const hash = eventHash(previous, row)
    rows.push({ ...row, prev_hash: previous, hash })
    previous = hash
  }
  return rows
}

const stored = (instanceId: string, row: ChainedRow) => ({ tenant_id: 't1', instance_id: instanceId, ...row })

describe('migration 0012', () => {
  it('re-encodes event rows without changing a hash: intact chains verify, a forged one fails where it did', async () => {
    const { db, old } = await at0011('intact', ['i1', 'i2'])
    const intact = oldChain()
    const forged = oldChain()
    forged[1] = { ...(forged[1] as ChainedRow), actor: 'mallory' }
    expect(verifyChain(forged)).toMatchObject({ ok: false, seq: 2 })
    await old
      .insertInto('instance_events')
      .values(intact.map((row) => stored('i1', row)))
      .execute()
    await old
      .insertInto('instance_events')
      .values(forged.map((row) => stored('i2', row)))
      .execute()
    const notice = {
      tenant_id: 't1',
      user_id: 'lisi',
      instance_id: 'i1',
      task_id: null,
      reason: 'taskAssigned',
      read_at: null,
    }
    await old
      .insertInto('notifications')
      .values([
        { ...notice, id: 'ntf_1', created_at: '2026-01-01T00:01:00.000Z' },
        { ...notice, id: 'ntf_2', created_at: '2026-01-01T00:03:00.000Z' },
      ])
      .execute()

    await migrateToLatest(db)
    const read = await instanceEvents.list(db, 't1', 'i1')
    expect(
      read.map(({ tenant_id: _, instance_id: __, event, timeline, ...row }) => ({
        ...row,
        event: JSON.parse(event),
        timeline: JSON.parse(timeline),
      })),
    ).toEqual(
      intact.map(({ event, timeline, ...row }) => ({
        ...row,
        event: JSON.parse(event),
        timeline: JSON.parse(timeline),
      })),
    )
    expect(verifyChain(await instanceEvents.list(db, 't1', 'i2'))).toMatchObject({ ok: false, seq: 2 })
    expect(await verifyAllChains(db)).toMatchObject({ ok: false, instanceId: 'i2', seq: 2 })
    const hashes = await db.selectFrom('instance_events').select('hash').execute()
    expect(hashes.map((row) => row.hash.length)).toEqual([32, 32, 32, 32, 32, 32])
    // The next event links to the last one as before.
    expect(await instanceEvents.lastHash(db, 't1', 'i1')).toBe(intact[2]?.hash)
    expect((await notifications.list(db, 't1', 'lisi', 10)).map((row) => row.id)).toEqual(['ntf_2', 'ntf_1'])
    expect(await notifications.unread(db, 't1', 'lisi')).toBe(2)
  })

  it('refuses a database whose stored link does not match the event before (the evidence it would drop)', async () => {
    const { db, old } = await at0011('relinked', ['i1'])
    const rows = oldChain()
    rows[2] = { ...(rows[2] as ChainedRow), prev_hash: 'f'.repeat(64) }
    await old
      .insertInto('instance_events')
      .values(rows.map((row) => stored('i1', row)))
      .execute()
    await expect(migrateToLatest(db)).rejects.toThrow(/t1\/i1, event 3: .*verify-audit/)
    // Nothing changed: the old rows are all there, as they were.
    expect(await old.selectFrom('instance_events').select('prev_hash').orderBy('seq').execute()).toHaveLength(
      3,
    )
  })
})
