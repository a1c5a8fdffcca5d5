import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestServer, testServer } from '../testing/harness.ts'
import { outbox } from './outbox.ts'
import { timers } from './timers.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer({ seed: false })
})
afterAll(() => server.close())

const now = '2026-03-02T09:00:00.000Z'
const later = '2026-03-02T09:01:00.000Z'

// Two schedulers (processes) claiming at once: every due row is taken exactly once, and neither
// waits for the other's rows (on PostgreSQL FOR UPDATE SKIP LOCKED; SQLite runs one claim at a time).
describe('lease claims', () => {
  it('give each due timer to exactly one of two claimers at once, and none that is leased or not due', async () => {
    const rows = Array.from({ length: 6 }, (_, n) => ({
      tenant_id: 't',
      instance_id: `ins-${n}`,
      timer_id: 'remind',
      due_at: n < 5 ? '2026-03-02T08:00:00.000Z' : '2026-03-03T08:00:00.000Z',
      lease_until: n === 4 ? later : null,
    }))
    for (const row of rows) await timers.insert(server.db, row)
    const claims = await Promise.all([
      timers.claimDue(server.db, now, later, 3),
      timers.claimDue(server.db, now, later, 3),
    ])
    const claimed = claims.flat().map((row) => row.instance_id)
    expect(claimed.sort()).toEqual(['ins-0', 'ins-1', 'ins-2', 'ins-3'])
    expect(claims.flat().every((row) => row.lease_until === later)).toBe(true)
    expect(await timers.claimDue(server.db, now, later, 10)).toEqual([])
    // The lease runs out (its holder died): the rows come back.
    expect(
      await timers.claimDue(server.db, '2026-03-02T09:02:00.000Z', '2026-03-02T09:03:00.000Z', 10),
    ).toHaveLength(5)
  })

  it('give each due outbox row to exactly one of two claimers at once, counting the attempt', async () => {
    for (let n = 0; n < 7; n++)
      await outbox.insert(server.db, {
        id: `out-${n}`,
        tenant_id: 't',
        instance_id: 'ins',
        kind: n === 6 ? 'notify' : 'webhook',
        payload: '{}',
        idempotency_key: `key-${n}`,
        attempts: 0,
        next_at: '2026-03-02T08:00:00.000Z',
        lease_until: null,
        delivered_at: n === 5 ? now : null,
        last_error: null,
        created_at: '2026-03-02T08:00:00.000Z',
      })
    const claims = await Promise.all([
      outbox.claimDue(server.db, ['webhook'], now, later, 3),
      outbox.claimDue(server.db, ['webhook'], now, later, 3),
    ])
    expect(
      claims
        .flat()
        .map((row) => row.id)
        .sort(),
    ).toEqual(['out-0', 'out-1', 'out-2', 'out-3', 'out-4'])
    expect(claims.flat().every((row) => row.attempts === 1)).toBe(true)
    expect(await outbox.claimDue(server.db, ['webhook'], now, later, 10)).toEqual([])
  })
})
