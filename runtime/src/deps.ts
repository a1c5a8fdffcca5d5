import type { Context } from 'hono'
import type { PasswordHasher } from './auth/password.ts'
import type { Db } from './db/database.ts'

/** Everything the HTTP app needs from outside, passed in so tests run it on a temp database. */
export interface Deps {
  db: Db
  hasher: PasswordHasher
  now: () => Date
  /** Keys the hashes of session and API tokens. */
  secret: string
  secureCookies: boolean
  clientIp: (c: Context) => string
  loginLimit: { maxFailures: number; windowSeconds: number }
  sessionHours: number
  maxBodyBytes: number
  /** The organization's time zone (IANA): the date in serial numbers. */
  timeZone: string
  /** Hosts webhooks may reach although they resolve to loopback or private addresses (the admin's allow-list). */
  webhookAllowHosts: readonly string[]
  /** Where uploaded files are stored, one folder per tenant, under generated names. */
  attachmentsDir: string
  log: (entry: Record<string, unknown>) => void
  /**
   * Tests only, absent in production: awaited at named points inside a state change (the state read,
   * nothing written yet), so a test can hold one request there while another runs.
   */
  interleave?: (point: InterleavePoint, at: { subject: string; db: Db }) => Promise<void>
}

/** Where a state change may be held: an instance event after loading the instance, a start after loading the version. */
export type InterleavePoint = 'instance.loaded' | 'start.loaded'

export const defaultLoginLimit = { maxFailures: 5, windowSeconds: 15 * 60 }
