import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BankAdapter, type DepositRequest, simulatedBank } from '../certification/bank-adapter.ts'
import { certificationBuiltins } from '../certification/registry.ts'
import { certificationDb } from '../certification/tables.ts'
import {
  application,
  apply,
  bankTransfers,
  drain,
  review,
  sampleOf,
} from '../certification/testing/applying.ts'
import { createScheduler } from '../scheduler/scheduler.ts'
import { type TestServer, testServer } from '../testing/harness.ts'

// The scheduler process dies right after the bank accepted a micro-deposit and before the result was
// recorded: modelled in-process as a tick that never returns after the bank call (its claim stays
// until the lease runs out, as a dead process's would). Another scheduler then takes the row over.

let server: TestServer
beforeAll(async () => {
  server = await testServer()
})
afterAll(() => server.close())

const leaseMs = 60_000

describe('a crash after the deposit left for the bank', () => {
  it('the retry reuses the idempotency key: the bank books one transfer and the amount stays', async () => {
    const admin = await server.signIn('admin')
    const started = await apply(admin, 'enterprise', sampleOf('enterprise'))
    expect(started.status).toBe(201)
    const { id } = await started.json()
    await drain(server)
    expect((await review(await server.signIn('reviewer1'), id)).status).toBe(200)

    const requests: DepositRequest[] = []
    const bank = simulatedBank(server.db, server.deps.now)
    let accepted: () => void = () => {}
    const bankTookIt = new Promise<void>((resolve) => {
      accepted = resolve
    })
    const dying: BankAdapter = {
      sendDeposit: async (request) => {
        requests.push(request)
        await bank.sendDeposit(request)
        accepted()
        return new Promise(() => {})
      },
    }
    const scheduler = createScheduler(server.deps, {
      builtins: certificationBuiltins(server.deps, { bank: dying }),
      leaseMs,
      intervalMs: 1_000,
      batch: 50,
    })
    void scheduler.tick()
    await bankTookIt
    const pending = await server.db
      .selectFrom('outbox')
      .select(['idempotency_key', 'delivered_at'])
      .where('instance_id', '=', id)
      .where('kind', '=', 'runAutomation')
      .where('delivered_at', 'is', null)
      .execute()
    expect(pending).toHaveLength(1)
    expect((await application(admin, id)).applicantTask).toBeFalsy()

    // Still leased: a second scheduler leaves the row alone; once the lease ran out it re-runs it.
    const recording: BankAdapter = {
      sendDeposit: (request) => {
        requests.push(request)
        return bank.sendDeposit(request)
      },
    }
    await drain(server, { bank: recording })
    expect(requests).toHaveLength(1)
    server.advance(leaseMs + 1_000)
    await drain(server, { bank: recording })

    expect(requests).toHaveLength(2)
    expect(requests[1]).toEqual(requests[0])
    const transfers = await bankTransfers(server)
    expect(transfers).toHaveLength(1)
    expect(transfers[0]?.idempotency_key).toBe(requests[0]?.idempotencyKey)
    const deposits = await certificationDb(server.db)
      .selectFrom('certification_deposits')
      .selectAll()
      .where('instance_id', '=', id)
      .execute()
    expect(deposits.map((deposit) => [deposit.status, deposit.amount])).toEqual([
      ['sent', transfers[0]?.amount],
    ])
    expect((await application(admin, id)).applicantTask).toMatchObject({ node: 'confirmDeposit' })
  })
})
