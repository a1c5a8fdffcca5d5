import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedWebhook {
  key: string
  event: string
  body: string
}

export interface WebhookReceiver {
  url: string
  received: ReceivedWebhook[]
  close: () => Promise<void>
}

/**
 * An HTTP endpoint on loopback that records every webhook POST and answers 200; with `hold`, only
 * once the promise it returns for that request settles (a test may never answer, as a dead peer).
 */
export async function webhookReceiver(
  options: { hold?: (received: ReceivedWebhook) => Promise<void> } = {},
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => {
      body += chunk
    })
    request.on('end', async () => {
      const delivery = {
        key: String(request.headers['idempotency-key'] ?? ''),
        event: String(request.headers['x-signoff-event'] ?? ''),
        body,
      }
      received.push(delivery)
      await options.hold?.(delivery)
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
