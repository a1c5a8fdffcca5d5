import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../config.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { createScheduler } from '../scheduler/scheduler.ts'
import { type TestServer, testServer } from '../testing/harness.ts'
import { purgeAuditLog } from './retention.ts'
import { verifyAllChains } from './verify-chains.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer({ seed: false })
})
afterAll(() => server.close())

const day = 24 * 60 * 60 * 1000
const hour = 60 * 60 * 1000

async function auditRow(action: string, ageMs: number): Promise<void> {
  await auditLog.append(server.db, {
    tenantId: 't1',
    at: new Date(server.deps.now().getTime() - ageMs).toISOString(),
    actorId: null,
    action,
    targetType: 'app',
    targetId: 'a1',
    detail: {},
  })
}

const actions = async () =>
  (await server.db.selectFrom('audit_log').select('action').orderBy('action').execute()).map(
    (row) => row.action,
  )

describe('audit-log retention', () => {
  it('keeps a year by default, refuses less than 180 days', () => {
    expect(loadConfig({}, '/').auditRetentionDays).toBe(365)
    expect(loadConfig({ SIGNOFF_AUDIT_RETENTION_DAYS: '200' }, '/').auditRetentionDays).toBe(200)
    expect(() => loadConfig({ SIGNOFF_AUDIT_RETENTION_DAYS: '90' }, '/')).toThrow(/180/)
  })

  it('the scheduled purge removes only rows past retention, once per interval, on the injected clock', async () => {
    await auditRow('a-old', 400 * day)
    await auditRow('b-just-past', 365 * day + 1)
    await auditRow('c-at-cutoff', 365 * day)
    await auditRow('d-recent', 10 * day)
    const scheduler = createScheduler(server.deps, {
      builtins: {},
      leaseMs: 60_000,
      intervalMs: 1_000,
      batch: 50,
      auditRetention: { days: 365, everyMs: hour },
    })
    await scheduler.tick()
    expect(await actions()).toEqual(['c-at-cutoff', 'd-recent'])
    // The chain is anchored at the last purged row: it still verifies, and losing its new first row shows.
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: true, auditRows: 2 })
    const first = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'c-at-cutoff')
      .executeTakeFirstOrThrow()
    await server.db.deleteFrom('audit_log').where('id', '=', first.id).execute()
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: false, chain: 'audit', seq: first.seq + 1 })
    await server.db.insertInto('audit_log').values(first).execute()

    // Not due again within the hour, even though a row has aged past retention meanwhile.
    server.advance(30 * 60 * 1000)
    await scheduler.tick()
    expect(await actions()).toEqual(['c-at-cutoff', 'd-recent'])
    server.advance(30 * 60 * 1000)
    await scheduler.tick()
    expect(await actions()).toEqual(['d-recent'])

    // Far in the future every row has aged out; a shorter setting than the floor is refused.
    server.advance(400 * day)
    await expect(purgeAuditLog(server.db, server.deps.now(), 30)).rejects.toThrow(/at least 180/)
    expect(await purgeAuditLog(server.db, server.deps.now(), 180)).toBe(1)
    expect(await actions()).toEqual([])
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: true, auditRows: 0 })

    // The chain goes on from the anchor.
    await auditRow('e-new', 0)
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: true, auditRows: 1 })
  })
})
