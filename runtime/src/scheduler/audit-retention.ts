import type { Deps } from '../deps.ts'
import { purgeAuditLog } from '../ops/retention.ts'

export interface AuditRetention {
  /** Rows older than this many days go. */
  days: number
  /** At most one purge per this interval and process (the delete is idempotent across processes). */
  everyMs: number
}

/**
 * The scheduler's retention job: on the first pass and then once per interval, purges the audit rows
 * past retention and logs how many. Returns the purge count, or 0 when it was not due.
 */
export function auditRetentionJob(deps: Deps, retention: AuditRetention): () => Promise<number> {
  let lastRun = Number.NEGATIVE_INFINITY
  return async () => {
    const now = deps.now()
    if (now.getTime() - lastRun < retention.everyMs) return 0
    lastRun = now.getTime()
    const purged = await purgeAuditLog(deps.db, now, retention.days)
    if (purged > 0)
      deps.log({ level: 'info', message: 'audit rows past retention purged', purged, days: retention.days })
    return purged
  }
}
