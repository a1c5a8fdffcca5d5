import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { checkTarget, type Resolve, systemResolve } from './address-guard.ts'
import { pinnedLookup } from './pinned-lookup.ts'
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

/** A receiver's answer is read for its JSON (automations) and nothing else: within this time and size. */
export interface SendLimits {
  timeoutMs: number
  maxAnswerBytes: number
}

export const defaultSendLimits: SendLimits = { timeoutMs: 10_000, maxAnswerBytes: 1 << 20 }

interface Answer {
  status: number
  text: string
}

function exchange(
  url: URL,
  outgoing: Outgoing,
  headers: Record<string, string>,
  allowed: boolean,
  resolve: Resolve,
  { timeoutMs, maxAnswerBytes }: SendLimits,
) {
  return new Promise<Answer>((settle, fail) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const request = send(url, {
      method: outgoing.method,
      headers: { ...headers, 'content-length': String(Buffer.byteLength(outgoing.body)) },
      // Hosts on the admin's allow-list may be private; every other connection is pinned to a checked address.
      ...(allowed ? {} : { lookup: pinnedLookup(resolve) }),
      timeout: timeoutMs,
    })
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    request.on('error', (error) => {
      clearTimeout(timer)
      fail(error)
    })
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= maxAnswerBytes) chunks.push(chunk)
        else response.destroy()
      })
      response.on('close', () => {
        clearTimeout(timer)
        settle({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
      })
    })
    request.end(outgoing.body)
  })
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>
  } catch {
    // Not JSON: the status alone decides.
  }
  return undefined
}

/** One HTTP attempt (redirects are not followed), after checking the target again; never throws. */
export async function sendWebhook(
  outgoing: Outgoing,
  allowHosts: readonly string[],
  now: Date,
  resolve: Resolve = systemResolve,
  limits: SendLimits = defaultSendLimits,
): Promise<SendResult> {
  const target = await checkTarget(outgoing.url, allowHosts, resolve)
  if (!target.ok) return { status: null, error: `refused: ${target.reason}` }
  const url = new URL(outgoing.url)
  const allowed = allowHosts.includes(url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase())
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
    const answer = await exchange(url, outgoing, headers, allowed, resolve, limits)
    const json = jsonObject(answer.text)
    const ok = answer.status >= 200 && answer.status < 300
    return { status: answer.status, error: ok ? null : `HTTP ${answer.status}`, ...(json ? { json } : {}) }
  } catch (error) {
    return { status: null, error: (error as Error).message }
  }
}
