import type { Db } from '../db/database.ts'
import { forUpdate } from '../db/dialect.ts'
import type { AuditChainHeadTable } from '../db/schema.ts'

export type AuditChainHeadRow = AuditChainHeadTable

export const auditChainHeads = {
  /** The tenant's head, created empty on first use and held (FOR UPDATE) for the caller's transaction. */
  lock: async (trx: Db, tenantId: string): Promise<AuditChainHeadRow> => {
    await trx
      .insertInto('audit_chain_heads')
      .values({ tenant_id: tenantId, seq: 0, hash: '', anchor_seq: 0, anchor_hash: '' })
      .onConflict((oc) => oc.column('tenant_id').doNothing())
      .execute()
    return forUpdate(
      trx,
      trx.selectFrom('audit_chain_heads').selectAll().where('tenant_id', '=', tenantId),
    ).executeTakeFirstOrThrow()
  },
  advance: (trx: Db, tenantId: string, seq: number, hash: string) =>
    trx.updateTable('audit_chain_heads').set({ seq, hash }).where('tenant_id', '=', tenantId).execute(),
  anchor: (trx: Db, tenantId: string, seq: number, hash: string) =>
    trx
      .updateTable('audit_chain_heads')
      .set({ anchor_seq: seq, anchor_hash: hash })
      .where('tenant_id', '=', tenantId)
      .execute(),
  all: (db: Db) => db.selectFrom('audit_chain_heads').selectAll().orderBy('tenant_id').execute(),
}
