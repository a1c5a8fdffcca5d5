import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Resolve } from './address-guard.ts'
import { pinnedLookup } from './pinned-lookup.ts'
import { sendWebhook } from './send.ts'

let receiver: Server
let port: number
const received: string[] = []

beforeAll(async () => {
  receiver = createServer((request, response) => {
    received.push(request.url ?? '')
    response.setHeader('content-type', 'application/json')
    response.end('{"ok":true}')
  })
  await new Promise<void>((listening) => receiver.listen(0, '127.0.0.1', listening))
  port = (receiver.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((closed) => receiver.close(() => closed())))

const outgoing = (url: string) => ({
  url,
  method: 'POST' as const,
  body: '{"event":"approved"}',
  idempotencyKey: 'ins_1:v1:approved',
  event: 'approved',
})

describe('webhook delivery against DNS rebinding', () => {
  it('refuses at connect time when the name turns private after the check passed', async () => {
    received.length = 0
    let calls = 0
    // A hostile DNS server: a public answer for the check, loopback for the connection.
    const rebinding: Resolve = async () => {
      calls += 1
      return [{ address: calls === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }]
    }
    const result = await sendWebhook(
      outgoing(`http://hooks.example.test:${port}/hook`),
      [],
      new Date(),
      rebinding,
    )
    expect(calls).toBeGreaterThanOrEqual(2)
    expect(result.status).toBeNull()
    expect(result.error).toMatch(/refused: hooks\.example\.test resolves to a loopback.*127\.0\.0\.1/)
    expect(received).toEqual([])
  })

  it('hands the connection exactly the addresses it checked', async () => {
    const answers: Resolve = async () => [
      { address: '2606:4700::1111', family: 6 },
      { address: '93.184.216.34', family: 4 },
    ]
    const lookup = pinnedLookup(answers)
    const one = await new Promise((done) =>
      lookup('hooks.example.test', { family: 4 }, (error, address, family) =>
        done({ error, address, family }),
      ),
    )
    expect(one).toEqual({ error: null, address: '93.184.216.34', family: 4 })
    const all = await new Promise((done) =>
      lookup('hooks.example.test', { all: true }, (error, address) => done({ error, address })),
    )
    expect(all).toEqual({ error: null, address: await answers('') })
  })

  it('refuses a name with any private address among its answers', async () => {
    const mixed: Resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ]
    const error = await new Promise<NodeJS.ErrnoException | null>((done) =>
      pinnedLookup(mixed)('hooks.example.test', {}, (failure) => done(failure)),
    )
    expect(error?.code).toBe('EADDRBLOCKED')
    expect(error?.message).toContain('10.0.0.5')
  })

  it('delivers to an allow-listed address and reads the JSON answer', async () => {
    received.length = 0
    const result = await sendWebhook(outgoing(`http://127.0.0.1:${port}/hook`), ['127.0.0.1'], new Date())
    expect(result).toEqual({ status: 200, error: null, json: { ok: true } })
    expect(received).toEqual(['/hook'])
  })
})
