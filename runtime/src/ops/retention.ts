import type { Db } from '../db/database.ts'
import { auditChainHeads } from '../repositories/audit-chain-heads.ts'

const day = 24 * 60 * 60 * 1000

/** The shortest audit-log retention the server accepts: half a year of admin actions stays. */
export const minimumAuditRetentionDays = 180

/**
 * Deletes audit rows older than `days` before `now`; returns how many. Per tenant it removes the
 * chain's oldest rows up to (not including) the first row inside the window, so a row at the cutoff
 * or newer is never removed, and anchors the chain at the last removed row: verification then starts
 * there instead of at the beginning. (A row older than the cutoff behind a newer one, from a process
 * with a clock behind, stays until the rows before it go.)
 */
export async function purgeAuditLog(db: Db, now: Date, days: number): Promise<number> {
  if (!Number.isInteger(days) || days < minimumAuditRetentionDays)
    throw new Error(`audit retention must be at least ${minimumAuditRetentionDays} days, got ${days}`)
  const cutoff = new Date(now.getTime() - days * day).toISOString()
  let purged = 0
  for (const { tenant_id: tenantId } of await auditChainHeads.all(db)) {
    purged += await db.transaction().execute(async (trx) => {
      const head = await auditChainHeads.lock(trx, tenantId)
      const firstKept = await trx
        .selectFrom('audit_log')
        .select((eb) => eb.fn.min('seq').as('seq'))
        .where('tenant_id', '=', tenantId)
        .where('at', '>=', cutoff)
        .executeTakeFirst()
      const lastPurged = firstKept?.seq == null ? head.seq : Number(firstKept.seq) - 1
      if (lastPurged <= head.anchor_seq) return 0
      const anchor = await trx
        .selectFrom('audit_log')
        .select('hash')
        .where('tenant_id', '=', tenantId)
        .where('seq', '=', lastPurged)
        .executeTakeFirstOrThrow()
      const result = await trx
        .deleteFrom('audit_log')
        .where('tenant_id', '=', tenantId)
        .where('seq', '<=', lastPurged)
        .executeTakeFirst()
      await auditChainHeads.anchor(trx, tenantId, lastPurged, anchor.hash)
      return Number(result.numDeletedRows)
    })
  }
  return purged
}
