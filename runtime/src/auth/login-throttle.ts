import type { Db } from '../db/database.ts'
import { HttpError } from '../http/errors.ts'
import { loginThrottle } from '../repositories/login-throttle.ts'

export interface LoginLimit {
  maxFailures: number
  windowSeconds: number
}

/** Failures are counted per login and client address, in the database so every process sees them. */
export function throttleKey(login: string, ip: string): string {
  return `${login.toLowerCase()}|${ip}`
}

export async function refuseIfBlocked(db: Db, key: string, now: Date): Promise<void> {
  const row = await loginThrottle.get(db, key)
  if (!row?.blocked_until) return
  const waitMs = Date.parse(row.blocked_until) - now.getTime()
  if (waitMs <= 0) return
  const seconds = Math.ceil(waitMs / 1000)
  throw new HttpError(
    429,
    'too_many_attempts',
    `too many failed sign-ins; try again in ${seconds} s`,
    { retryAfterSeconds: seconds },
    { 'Retry-After': String(seconds) },
  )
}

/** Counts a failure; the one that reaches the limit blocks further attempts for one window. */
export async function recordFailure(db: Db, key: string, now: Date, limit: LoginLimit): Promise<void> {
  const row = await loginThrottle.get(db, key)
  const windowMs = limit.windowSeconds * 1000
  const fresh = !row || now.getTime() - Date.parse(row.window_start) >= windowMs
  const failures = fresh ? 1 : row.failures + 1
  const windowStart = fresh ? now.toISOString() : row.window_start
  const blockedUntil = failures >= limit.maxFailures ? new Date(now.getTime() + windowMs).toISOString() : null
  await loginThrottle.put(db, { key, failures, window_start: windowStart, blocked_until: blockedUntil })
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await loginThrottle.clear(db, key)
}
