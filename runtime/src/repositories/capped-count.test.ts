import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestServer, testServer } from '../testing/harness.ts'
import { cappedCount, countCap } from './capped-count.ts'

let server: TestServer
beforeAll(async () => {
  server = await testServer({ seed: false })
})
afterAll(() => server.close())

const timersOf = (tenantId: string) => server.db.selectFrom('timers').where('tenant_id', '=', tenantId)

async function addTimers(tenantId: string, count: number) {
  const rows = Array.from({ length: count }, (_, n) => ({
    tenant_id: tenantId,
    instance_id: `ins-${n}`,
    timer_id: 'remind',
    due_at: '2026-03-02T08:00:00.000Z',
    lease_until: null,
  }))
  for (let at = 0; at < rows.length; at += 200)
    await server.db
      .insertInto('timers')
      .values(rows.slice(at, at + 200))
      .execute()
}

describe('cappedCount', () => {
  it('is exact up to the cap and flags anything beyond it', async () => {
    await addTimers('none', 0)
    await addTimers('exact', countCap)
    await addTimers('over', countCap + 1)
    expect(await cappedCount(server.db, timersOf('none'))).toEqual({ count: 0, capped: false })
    expect(await cappedCount(server.db, timersOf('exact'))).toEqual({ count: countCap, capped: false })
    expect(await cappedCount(server.db, timersOf('over'))).toEqual({ count: countCap, capped: true })
  })

  it('keeps the filters of the query it counts', async () => {
    await addTimers('few', 3)
    expect(await cappedCount(server.db, timersOf('few').where('instance_id', '!=', 'ins-0'))).toEqual({
      count: 2,
      capped: false,
    })
  })
})
