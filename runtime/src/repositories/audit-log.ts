import type { Db } from '../db/database.ts'
import { fromJsonColumn, toJsonColumn } from '../db/json.ts'
import { newId } from '../ids.ts'
import { auditHash } from '../ops/audit-chain.ts'
import { auditChainHeads } from './audit-chain-heads.ts'

export interface AuditEntry {
  tenantId: string
  at: string
  actorId: string | null
  action: string
  targetType: string
  targetId: string
  detail: Record<string, unknown>
}

/** Locks the tenant's chain head (appends queue there), then links the row to the last one. */
async function appendChained(trx: Db, entry: AuditEntry): Promise<void> {
  const head = await auditChainHeads.lock(trx, entry.tenantId)
  const row = {
    id: newId('audit'),
    tenant_id: entry.tenantId,
    at: entry.at,
    actor_id: entry.actorId,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    detail: toJsonColumn(entry.detail),
    seq: head.seq + 1,
  }
  const hash = auditHash(head.hash, row)
  await trx
    .insertInto('audit_log')
    .values({ ...row, prev_hash: head.hash, hash })
    .execute()
  await auditChainHeads.advance(trx, entry.tenantId, row.seq, hash)
}

/** Org-level admin actions (publish, roll back, role changes, imports, deactivation): append only. */
export const auditLog = {
  /** Appends to the tenant's hash chain, in the caller's transaction or a transaction of its own. */
  append: (db: Db, entry: AuditEntry) =>
    db.isTransaction
      ? appendChained(db, entry)
      : db.transaction().execute((trx) => appendChained(trx, entry)),
  list: async (db: Db, tenantId: string, limit: number) => {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      detail: fromJsonColumn<Record<string, unknown>>(row.detail),
    }))
  },
}
