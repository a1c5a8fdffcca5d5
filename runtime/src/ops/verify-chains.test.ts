import { sampleSubmissions } from '@signoff/templates'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
    expect(report).toEqual({ ok: true, instances: instances.length, events: events.length })
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
})
