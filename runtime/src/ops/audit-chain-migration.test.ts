import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type Db, openDatabase } from '../db/database.ts'
import { migrateTo, migrateToLatest } from '../db/migrations/index.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts'
import { verifyAllChains } from './verify-chains.ts'

// A database with audit rows written before 0011 is chained by the migration, in time order, per tenant.

const dataDir = mkdtempSync(join(tmpdir(), 'signoff-audit-migration-'))
let database: TestDatabase | undefined
let db: Db | undefined
afterAll(async () => {
  await db?.destroy()
  await database?.drop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('migration 0011', () => {
  it('chains the audit rows already there, and later appends continue each chain', async () => {
    database = await createTestDatabase(dataDir)
    const opened = openDatabase(database.location)
    db = opened
    await migrateTo(opened, '0010-certification-apply-claims')
    const old = (id: string, tenant: string, at: string) => ({
      id,
      tenant_id: tenant,
      at,
      actor_id: null,
      action: 'app.publish',
      target_type: 'app',
      target_id: 'a1',
      detail: JSON.stringify({ version: id }),
    })
    await opened
      .insertInto('audit_log')
      .values([
        old('x2', 't1', '2026-01-02T00:00:00.000Z'),
        old('x1', 't1', '2026-01-01T00:00:00.000Z'),
        old('y1', 't2', '2026-01-01T00:00:00.000Z'),
      ] as never)
      .execute()

    await migrateToLatest(opened)
    const rows = await opened.selectFrom('audit_log').select(['id', 'seq']).orderBy('id').execute()
    expect(rows).toEqual([
      { id: 'x1', seq: 1 },
      { id: 'x2', seq: 2 },
      { id: 'y1', seq: 1 },
    ])
    expect(await verifyAllChains(opened)).toEqual({ ok: true, instances: 0, events: 0, auditRows: 3 })

    await auditLog.append(opened, {
      tenantId: 't1',
      at: '2026-01-03T00:00:00.000Z',
      actorId: null,
      action: 'app.publish',
      targetType: 'app',
      targetId: 'a1',
      detail: {},
    })
    expect(await verifyAllChains(opened)).toMatchObject({ ok: true, auditRows: 4 })
  })
})
