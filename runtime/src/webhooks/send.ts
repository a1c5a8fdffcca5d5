import { checkTarget } from './address-guard.ts'
import { signatureHeader } from './signature.ts'

export interface Outgoing {
  url: string
  method: 'POST' | 'PUT'
  body: string
  idempotencyKey: string
  event: string
  /** Signs the delivery when given. */
  secret?: string
  headers?: Record<string, string>
}

export interface SendResult {
  status: number | null
  error: string | null
  /** The answer's JSON object, when it sent one. */
  json?: Record<string, unknown>
}

const timeoutMs = 10_000

/** One HTTP attempt, after checking the target again; never throws. */
export async function sendWebhook(
  outgoing: Outgoing,
  allowHosts: readonly string[],
  now: Date,
): Promise<SendResult> {
  const target = await checkTarget(outgoing.url, allowHosts)
  if (!target.ok) return { status: null, error: `refused: ${target.reason}` }
  const headers: Record<string, string> = {
    ...outgoing.headers,
    'content-type': 'application/json',
    'user-agent': 'Signoff-Webhook/1',
    'idempotency-key': outgoing.idempotencyKey,
    'x-signoff-delivery': outgoing.idempotencyKey,
    'x-signoff-event': outgoing.event,
  }
  if (outgoing.secret)
    headers['x-signoff-signature'] = signatureHeader(
      outgoing.secret,
      Math.floor(now.getTime() / 1000),
      outgoing.body,
    )
  try {
    const response = await fetch(outgoing.url, {
      method: outgoing.method,
      headers,
      body: outgoing.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    let json: Record<string, unknown> | undefined
    try {
      const parsed: unknown = JSON.parse(text)
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
        json = parsed as Record<string, unknown>
    } catch {
      json = undefined
    }
    const ok = response.status >= 200 && response.status < 300
    return {
      status: response.status,
      error: ok ? null : `HTTP ${response.status}`,
      ...(json ? { json } : {}),
    }
  } catch (error) {
    return { status: null, error: (error as Error).message }
  }
}
