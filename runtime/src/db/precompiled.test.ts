import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestServer, testServer } from '../testing/harness.ts'
import { precompiled } from './precompiled.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer({ seed: false })
})
afterAll(() => server.close())

type Timer = { tenantId: string; instanceId: string; dueAt: string; leaseUntil: string | null }

const insertTimer = precompiled((db, p: Timer) =>
  db.insertInto('timers').values({
    tenant_id: p.tenantId,
    instance_id: p.instanceId,
    timer_id: 'remind',
    due_at: p.dueAt,
    lease_until: p.leaseUntil,
  }),
)

const timersOf = precompiled((db, p: { tenantId: string; dueBefore: string }) =>
  db
    .selectFrom('timers')
    .select(['instance_id', 'timer_id', 'lease_until'])
    .where('tenant_id', '=', p.tenantId)
    .where('due_at', '<', p.dueBefore)
    .orderBy('instance_id'),
)

describe('precompiled', () => {
  it('binds each call its own values, constants and nulls included, in one transaction or outside', async () => {
    await insertTimer(server.db, { tenantId: 't1', instanceId: 'b', dueAt: '2026-01-02', leaseUntil: null })
    await server.db.transaction().execute(async (trx) => {
      await insertTimer(trx, {
        tenantId: 't1',
        instanceId: 'a',
        dueAt: '2026-01-01',
        leaseUntil: '2026-05-01',
      })
      await insertTimer(trx, { tenantId: 't2', instanceId: 'c', dueAt: '2026-01-01', leaseUntil: null })
    })
    expect((await timersOf(server.db, { tenantId: 't1', dueBefore: '2027-01-01' })).rows).toEqual([
      { instance_id: 'a', timer_id: 'remind', lease_until: '2026-05-01' },
      { instance_id: 'b', timer_id: 'remind', lease_until: null },
    ])
    expect((await timersOf(server.db, { tenantId: 't1', dueBefore: '2026-01-02' })).rows).toHaveLength(1)
    expect((await timersOf(server.db, { tenantId: 't2', dueBefore: '2027-01-01' })).rows).toEqual([
      { instance_id: 'c', timer_id: 'remind', lease_until: null },
    ])
  })

  it('sends values as parameters, never as SQL', async () => {
    const sneaky = "x' or '1'='1"
    expect((await timersOf(server.db, { tenantId: sneaky, dueBefore: '2027-01-01' })).rows).toEqual([])
  })

  it('refuses a missing value rather than binding a column the builder would have left out', async () => {
    await expect(
      timersOf(server.db, { tenantId: 't1' } as { tenantId: string; dueBefore: string }),
    ).rejects.toThrow('no value for dueBefore')
  })
})
