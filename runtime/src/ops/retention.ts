import type { Db } from '../db/database.ts'

const day = 24 * 60 * 60 * 1000

/** The shortest audit-log retention the server accepts: half a year of admin actions stays. */
export const minimumAuditRetentionDays = 180

/**
 * Deletes audit rows older than `days` before `now`; returns how many. Rows exactly at the cutoff
 * or newer stay, so nothing inside the retention window is ever removed. (Audit rows are not
 * hash-chained, so removing the oldest leaves nothing to re-anchor.)
 */
export async function purgeAuditLog(db: Db, now: Date, days: number): Promise<number> {
  if (!Number.isInteger(days) || days < minimumAuditRetentionDays)
    throw new Error(`audit retention must be at least ${minimumAuditRetentionDays} days, got ${days}`)
  const cutoff = new Date(now.getTime() - days * day).toISOString()
  const result = await db.deleteFrom('audit_log').where('at', '<', cutoff).executeTakeFirst()
  return Number(result.numDeletedRows)
}
