import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certify } from '../certification/testing/certify.ts'
import { createScheduler } from '../scheduler/scheduler.ts'
import { sessions, start, theOpenTask } from '../testing/flows.ts'
import { type LooseJson, type Session, type TestServer, testServer } from '../testing/harness.ts'
import { verifySignature } from './signature.ts'

interface Received {
  headers: Record<string, string | string[] | undefined>
  body: string
}

let server: TestServer
let as: (login: string) => Promise<Session>
let receiver: Server
let url: string
const received: Received[] = []
let answer = 200

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => {
      body += chunk
    })
    request.on('end', () => {
      received.push({ headers: request.headers, body })
      response.writeHead(answer, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  server = await testServer({ webhookAllowHosts: ['127.0.0.1'] })
  // Outbound webhooks are for certified organizations (certification-features.test.ts tests the refusal).
  await certify(server.db)
  as = sessions(server)
})
afterAll(async () => {
  await server.close()
  await new Promise((resolve) => receiver.close(resolve))
})

const tick = () =>
  createScheduler(server.deps, { builtins: {}, leaseMs: 60_000, intervalMs: 1_000, batch: 50 }).tick()

/** A leave app that announces its instance events through webhooks. */
async function webhookLeave(key = 'leave-hooked'): Promise<string> {
  const admin = await as('admin')
  const app = await (
    await admin.request('POST', '/api/v1/apps', { json: { fromTemplate: 'leave', key } })
  ).json()
  const current = await admin.request('GET', `/api/v1/apps/${app.id}/draft`)
  const draft = await current.json()
  draft.settings.notifications.channels = ['inApp', 'webhook']
  await admin.request('PUT', `/api/v1/apps/${app.id}/draft`, {
    json: draft,
    headers: { 'if-match': current.headers.get('etag') ?? '' },
  })
  expect((await admin.request('POST', `/api/v1/apps/${app.id}/publish`, { json: {} })).status).toBe(201)
  return app.id
}

describe('outbound webhooks', () => {
  it('are for org admins, and refuse metadata and private targets that are not allow-listed', async () => {
    expect((await (await as('zhangsan')).request('GET', '/api/v1/webhooks')).status).toBe(403)
    const admin = await as('admin')
    for (const target of [
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.8/hook',
      'file:///etc/passwd',
    ]) {
      const refused = await admin.request('POST', '/api/v1/webhooks', {
        json: { url: target, events: ['started'] },
      })
      expect(refused.status, target).toBe(400)
      expect((await refused.json()).error.path).toBe('/url')
    }
  })

  it('deliver signed instance events, retry a failure with backoff under the same key, and log every attempt', async () => {
    const appId = await webhookLeave()
    const admin = await as('admin')
    const created = await admin.request('POST', '/api/v1/webhooks', {
      json: { url, appId, events: ['started', 'approved'] },
    })
    expect(created.status).toBe(201)
    const hook = await created.json()
    expect(hook.secret).toBeTruthy()

    const instance = await (
      await start(await as('zhangsan'), appId, {
        leaveType: 'annual',
        period: { start: '2026-12-01', startHalf: 'am', end: '2026-12-03', endHalf: 'pm' },
        reason: '探亲',
        delegate: 'lisi',
      })
    ).json()
    await tick()
    expect(received).toHaveLength(1)
    const [first] = received as [Received]
    const body = JSON.parse(first.body)
    expect(body).toMatchObject({
      event: 'started',
      instance: { id: instance.id, serialNumber: instance.serialNumber },
    })
    expect(first.headers['x-signoff-event']).toBe('started')
    const nowSeconds = Math.floor(server.deps.now().getTime() / 1000)
    expect(
      verifySignature(hook.secret, String(first.headers['x-signoff-signature']), first.body, nowSeconds),
    ).toBe(true)
    expect(
      verifySignature('not-the-secret', String(first.headers['x-signoff-signature']), first.body, nowSeconds),
    ).toBe(false)

    answer = 500
    const lisi = await as('lisi')
    await lisi.request('POST', `/api/v1/tasks/${(await theOpenTask(lisi, instance.id)).id}/approve`, {
      json: {},
    })
    await tick()
    expect(received).toHaveLength(2)
    await tick() // the retry is not due yet
    expect(received).toHaveLength(2)
    answer = 200
    server.advance(61_000)
    await tick()
    expect(received).toHaveLength(3)
    const [, failed, retried] = received as [Received, Received, Received]
    expect(JSON.parse(retried.body).event).toBe('approved')
    expect(retried.headers['idempotency-key']).toBe(failed.headers['idempotency-key'])
    await tick()
    expect(received).toHaveLength(3)

    const log = await (await admin.request('GET', `/api/v1/webhooks/${hook.id}/deliveries`)).json()
    expect(log.items.map((item: LooseJson) => item.status).sort()).toEqual([200, 200, 500])
  })

  it('describe the instance as it was when the event happened, however late or often they are sent', async () => {
    const appId = await webhookLeave('leave-late')
    const admin = await as('admin')
    await admin.request('POST', '/api/v1/webhooks', { json: { url, appId, events: ['started', 'approved'] } })
    const instance = await (
      await start(await as('zhangsan'), appId, {
        leaveType: 'annual',
        period: { start: '2026-12-08', startHalf: 'am', end: '2026-12-08', endHalf: 'pm' },
        reason: '看病',
        delegate: 'lisi',
      })
    ).json()
    // lisi decides before the scheduler sends anything: the instance is approved by the time "started" goes out.
    answer = 500
    const lisi = await as('lisi')
    await lisi.request('POST', `/api/v1/tasks/${(await theOpenTask(lisi, instance.id)).id}/approve`, {
      json: {},
    })
    const before = received.length
    await tick()
    answer = 200
    server.advance(61_000)
    await tick()
    const mine = received.slice(before).map((delivery) => ({
      key: String(delivery.headers['idempotency-key']),
      body: delivery.body,
      parsed: JSON.parse(delivery.body),
    }))
    const started = mine.filter((delivery) => delivery.parsed.event === 'started')
    expect(started).toHaveLength(2)
    expect(started[0]?.parsed.instance).toMatchObject({ id: instance.id, status: 'running', version: 1 })
    expect(started[1]?.body, 'the retry sends the same body under the same key').toBe(started[0]?.body)
    expect(started[1]?.key).toBe(started[0]?.key)
    const approved = mine.find((delivery) => delivery.parsed.event === 'approved')
    expect(approved?.parsed.instance).toMatchObject({ status: 'approved', version: 2 })
  })
})
