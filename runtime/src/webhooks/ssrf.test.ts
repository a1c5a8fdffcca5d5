import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkTarget, type Resolve } from './address-guard.ts'
import { sendWebhook } from './send.ts'

// The attack side of webhooks: every way to name this host, the metadata service or a private network,
// redirects, DNS that changes its answer, other schemes, and receivers that stall or flood. All traffic
// stays on loopback; the receivers count what reaches them.

type Handler = (request: IncomingMessage, response: ServerResponse) => void

async function listen(handler: Handler): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = []
  const server = createServer((request, response) => {
    hits.push(request.url ?? '')
    handler(request, response)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { server, port: (server.address() as AddressInfo).port, hits }
}

const closeAll: Server[] = []
let victim: Awaited<ReturnType<typeof listen>>
beforeAll(async () => {
  // Stands for anything internal: an admin console, a database's HTTP port, the metadata service.
  victim = await listen((_request, response) => response.end('{"secret":"internal"}'))
  closeAll.push(victim.server)
})
afterAll(async () => {
  for (const server of closeAll) {
    server.closeAllConnections()
    await new Promise<void>((closed) => server.close(() => closed()))
  }
})

const outgoing = (url: string) => ({
  url,
  method: 'POST' as const,
  body: '{"event":"approved"}',
  idempotencyKey: 'ins_1:v1:approved',
  event: 'approved',
})
const publicDns: Resolve = async () => [{ address: '93.184.216.34', family: 4 }]

describe('webhook targets named by address', () => {
  it.each([
    ['loopback', 'http://127.0.0.1/'],
    ['loopback, IPv6', 'http://[::1]/'],
    ['loopback, IPv6 spelled out', 'http://[0:0:0:0:0:0:0:1]/'],
    ['loopback, IPv4-mapped', 'http://[::ffff:127.0.0.1]/'],
    ['loopback, IPv4-mapped in hex', 'http://[::ffff:7f00:1]/'],
    ['loopback, IPv4-compatible', 'http://[::127.0.0.1]/'],
    ['loopback, NAT64', 'http://[64:ff9b::7f00:1]/'],
    ['loopback, 6to4', 'http://[2002:7f00:1::]/'],
    ['loopback, decimal', 'http://2130706433/'],
    ['loopback, hex', 'http://0x7f000001/'],
    ['loopback, octal', 'http://0177.0.0.1/'],
    ['loopback, short form', 'http://127.1/'],
    ['loopback, mixed radix', 'http://0x7f.0.0.01/'],
    ['metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['metadata, trailing dot', 'http://169.254.169.254./latest/meta-data/'],
    ['metadata, decimal', 'http://2852039166/'],
    ['metadata, hex', 'http://0xa9fea9fe/'],
    ['metadata, octal', 'http://0251.0376.0251.0376/'],
    ['metadata, IPv4-mapped', 'http://[::ffff:169.254.169.254]/'],
    ['metadata, NAT64', 'http://[64:ff9b::a9fe:a9fe]/'],
    ['unspecified', 'http://0.0.0.0/'],
    ['unspecified, short', 'http://0/'],
    ['unspecified, IPv6', 'http://[::]/'],
    ['private 10/8, hex', 'http://0x0a000001/'],
    ['private 192.168/16, octal', 'http://0300.0250.0.1/'],
    ['private 172.16/12', 'http://172.31.255.255/'],
    ['unique local IPv6', 'http://[fd12:3456::1]/'],
    ['link-local IPv6', 'http://[fe80::1]/'],
  ])('refuses %s (%s)', async (_, url) => {
    const check = await checkTarget(url, [], publicDns)
    expect(check.ok).toBe(false)
  })

  it.each([
    ['a public address', 'https://8.8.8.8/hook'],
    ['a public address, decimal', 'https://134744072/hook'],
    ['a public IPv6 address', 'https://[2606:4700::1111]/hook'],
    ['a public address, IPv4-mapped', 'https://[::ffff:8.8.8.8]/hook'],
  ])('lets %s through (%s), so the refusals above are about the address', async (_, url) => {
    expect((await checkTarget(url, [], publicDns)).ok).toBe(true)
  })

  it.each([
    ['file:///etc/passwd'],
    ['gopher://127.0.0.1:6379/_INFO'],
    ['ftp://8.8.8.8/x'],
    ['data:text/plain,hello'],
    ['javascript:alert(1)'],
    ['ws://8.8.8.8/socket'],
    ['dict://8.8.8.8:11211/stat'],
  ])('refuses the scheme of %s', async (url) => {
    expect(await checkTarget(url, [], publicDns)).toEqual({ ok: false, reason: 'only http and https' })
  })

  it('never connects to an encoded loopback address', async () => {
    for (const host of ['2130706433', '0x7f000001', '0177.0.0.1', '127.1', '[::ffff:127.0.0.1]']) {
      const result = await sendWebhook(
        outgoing(`http://${host}:${victim.port}/hook`),
        [],
        new Date(),
        publicDns,
      )
      expect(result.status, host).toBeNull()
      expect(result.error, host).toMatch(/^refused: /)
    }
    expect(victim.hits).toEqual([])
  })
})

describe('webhook targets named by a host name', () => {
  it.each([
    ['::1'],
    ['::ffff:127.0.0.1'],
    ['::ffff:7f00:1'],
    ['169.254.169.254'],
    ['0.0.0.0'],
    ['64:ff9b::a9fe:a9fe'],
  ])('refuses a name that resolves to %s', async (address) => {
    const dns: Resolve = async () => [{ address, family: address.includes(':') ? 6 : 4 }]
    expect((await checkTarget('https://hooks.example.test/x', [], dns)).ok).toBe(false)
  })

  it.each([['::ffff:127.0.0.1'], ['169.254.169.254']])(
    'refuses at connect time a name whose answer turns to %s after the check',
    async (address) => {
      let calls = 0
      const rebinding: Resolve = async () => {
        calls += 1
        return [
          calls === 1
            ? { address: '93.184.216.34', family: 4 }
            : { address, family: address.includes(':') ? 6 : 4 },
        ]
      }
      const result = await sendWebhook(
        outgoing(`http://rebind.example.test:${victim.port}/hook`),
        [],
        new Date(),
        rebinding,
      )
      expect(result.status).toBeNull()
      expect(result.error).toContain('refused')
      expect(victim.hits).toEqual([])
    },
  )
})

describe('what a receiver answers', () => {
  it('does not follow a redirect into a private range', async () => {
    for (const [status, location] of [
      [302, `http://127.0.0.1:${victim.port}/stolen`],
      [307, `http://[::1]:${victim.port}/stolen`],
      [301, 'http://169.254.169.254/latest/meta-data/'],
    ] as const) {
      const redirector = await listen((_request, response) => {
        response.writeHead(status, { location })
        response.end()
      })
      closeAll.push(redirector.server)
      const result = await sendWebhook(
        outgoing(`http://127.0.0.1:${redirector.port}/hook`),
        ['127.0.0.1'],
        new Date(),
      )
      expect(result).toEqual({ status, error: `HTTP ${status}` })
      expect(redirector.hits).toEqual(['/hook'])
    }
    expect(victim.hits).toEqual([])
  })

  it('gives up on a receiver that never answers, or answers too slowly, within the time limit', async () => {
    const silent = await listen(() => {})
    const trickle = await listen((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"ok":')
    })
    closeAll.push(silent.server, trickle.server)
    for (const { port } of [silent, trickle]) {
      const result = await sendWebhook(
        outgoing(`http://127.0.0.1:${port}/hook`),
        ['127.0.0.1'],
        new Date(),
        undefined,
        {
          timeoutMs: 300,
          maxAnswerBytes: 1024,
        },
      )
      expect(result.status).toBeNull()
      expect(result.error).toBe('no answer within 300 ms')
    }
  })

  it('stops reading a huge answer at the size limit and does not take it as JSON', async () => {
    const total = 64 * 1024 * 1024
    let written = 0
    let finished = false
    const flood = await listen((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = () => {
        while (written < total) {
          written += chunk.length
          if (!response.write(chunk)) return void response.once('drain', pump)
        }
        response.end(() => {
          finished = true
        })
      }
      response.write('{"pad":"')
      pump()
    })
    closeAll.push(flood.server)
    const result = await sendWebhook(
      outgoing(`http://127.0.0.1:${flood.port}/hook`),
      ['127.0.0.1'],
      new Date(),
      undefined,
      {
        timeoutMs: 30_000,
        maxAnswerBytes: 64 * 1024,
      },
    )
    expect(result.status).toBe(200)
    expect(result.json).toBeUndefined()
    expect(finished).toBe(false)
    expect(written).toBeLessThan(total)
  })
})
