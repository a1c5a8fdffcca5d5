import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Session and API tokens are stored only as keyed hashes: a stolen database does not yield working
 * tokens without the server secret as well.
 */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex')
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
