import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../repositories/audit-log.ts'
import { appIdOf, start, theOpenTask } from '../testing/flows.ts'
import { type TestServer, testServer } from '../testing/harness.ts'
import { verifyAllChains } from './verify-chains.ts'

let server: TestServer
let ids: string[]
let approved: string

beforeAll(async () => {
  server = await testServer()
  const [zhangsan, lisi] = [await server.signIn('zhangsan'), await server.signIn('lisi')]
  const leave = await appIdOf(zhangsan, 'leave')
  ids = []
  for (let n = 0; n < 3; n++)
    ids.push((await (await start(zhangsan, leave, sampleSubmissions.leave.values)).json()).id)
  approved = ids[0] as string
  const task = await theOpenTask(lisi, approved)
  expect((await lisi.request('POST', `/api/v1/tasks/${task.id}/approve`, { json: {} })).status).toBe(200)
  ids.sort()
})
afterAll(() => server.close())

const event = (instanceId: string, seq: number) =>
  server.db.updateTable('instance_events').where('instance_id', '=', instanceId).where('seq', '=', seq)

describe('verifyAllChains', () => {
  it('walks every instance and event of an untouched database', async () => {
    const report = await verifyAllChains(server.db)
    const events = await server.db.selectFrom('instance_events').select('seq').execute()
    const instances = await server.db.selectFrom('instances').select('id').execute()
    const audit = await server.db.selectFrom('audit_log').select('id').execute()
    expect(report).toEqual({
      ok: true,
      instances: instances.length,
      events: events.length,
      auditRows: audit.length,
    })
    expect(instances.length).toBeGreaterThanOrEqual(3)
  })

  it('names the first broken link when a row was edited, and where a chain was cut short', async () => {
    const [second, third] = [ids[1] as string, ids[2] as string]
    const original = await server.db
      .selectFrom('instance_events')
      .select('actor')
      .where('instance_id', '=', second)
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow()
    await event(second, 1).set({ actor: 'mallory' }).execute()
    await event(third, 1).set({ actor: 'mallory' }).execute()
    expect(await verifyAllChains(server.db)).toMatchObject({
      ok: false,
      instanceId: second,
      seq: 1,
      reason: 'the content does not match its hash',
    })
    await event(second, 1).set({ actor: original.actor }).execute()
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: false, instanceId: third, seq: 1 })
    await event(third, 1).set({ actor: original.actor }).execute()

    // An approval removed: the chain verifies but ends short of the instance's version.
    const removed = await server.db
      .selectFrom('instance_events')
      .selectAll()
      .where('instance_id', '=', approved)
      .where('seq', '=', 2)
      .executeTakeFirstOrThrow()
    await server.db
      .deleteFrom('instance_events')
      .where('instance_id', '=', approved)
      .where('seq', '=', 2)
      .execute()
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: false, instanceId: approved, seq: 2 })
    await server.db.insertInto('instance_events').values(removed).execute()
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: true })
  })

  it("checks each tenant's audit chain: an edited, a removed or a truncated row is named", async () => {
    const entry = (action: string) => ({
      tenantId: 'demo',
      at: server.deps.now().toISOString(),
      actorId: 'admin',
      action,
      targetType: 'app',
      targetId: 'a1',
      detail: { note: action },
    })
    // Concurrent appends queue on the tenant's head: one chain, no seq twice.
    await Promise.all(
      ['one', 'two', 'three', 'four'].map((action) => auditLog.append(server.db, entry(action))),
    )
    const rows = await server.db
      .selectFrom('audit_log')
      .selectAll()
      .where('tenant_id', '=', 'demo')
      .orderBy('seq')
      .execute()
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1))
    expect((await verifyAllChains(server.db)).ok).toBe(true)

    const [second, last] = [rows[1], rows.at(-1)]
    if (!second || !last) throw new Error('no audit rows')
    const audit = (seq: number) =>
      server.db.updateTable('audit_log').where('tenant_id', '=', 'demo').where('seq', '=', seq)
    await audit(second.seq)
      .set({ detail: JSON.stringify({ note: 'forged' }) })
      .execute()
    expect(await verifyAllChains(server.db)).toEqual({
      ok: false,
      chain: 'audit',
      tenantId: 'demo',
      seq: second.seq,
      reason: 'the content does not match its hash',
    })
    await audit(second.seq).set({ detail: second.detail }).execute()

    await server.db.deleteFrom('audit_log').where('id', '=', second.id).execute()
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: false, chain: 'audit', seq: second.seq + 1 })
    await server.db.insertInto('audit_log').values(second).execute()

    await server.db.deleteFrom('audit_log').where('id', '=', last.id).execute()
    expect(await verifyAllChains(server.db)).toMatchObject({ ok: false, chain: 'audit', seq: last.seq })
    await server.db.insertInto('audit_log').values(last).execute()
    expect((await verifyAllChains(server.db)).ok).toBe(true)
  })
})
