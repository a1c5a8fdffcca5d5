import type { Kysely, Migration } from 'kysely'
import { type AuditChainRow, auditHash } from '../../ops/audit-chain.ts'

// The audit log becomes a hash chain per tenant, like each instance's events: a seq, the previous
// row's hash and its own. The head table holds each tenant's last row (appends lock it, so they
// queue) and the anchor, the last row retention purged, where verification starts.
export const auditChain: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('audit_log')
      .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await db.schema
      .alterTable('audit_log')
      .addColumn('prev_hash', 'text', (c) => c.notNull().defaultTo(''))
      .execute()
    await db.schema
      .alterTable('audit_log')
      .addColumn('hash', 'text', (c) => c.notNull().defaultTo(''))
      .execute()
    await db.schema
      .createTable('audit_chain_heads')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('anchor_seq', 'integer', (c) => c.notNull())
      .addColumn('anchor_hash', 'text', (c) => c.notNull())
      .execute()

    // Rows written before: chained in the order they were written (time, then id).
    const rows = (await db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('tenant_id')
      .orderBy('at')
      .orderBy('id')
      .execute()) as (AuditChainRow & { detail: unknown })[]
    const heads = new Map<string, { seq: number; hash: string }>()
    for (const row of rows) {
      const head = heads.get(row.tenant_id) ?? { seq: 0, hash: '' }
      const detail = typeof row.detail === 'string' ? row.detail : JSON.stringify(row.detail)
      const chained = { ...row, detail, seq: head.seq + 1 }
      const hash = auditHash(head.hash, chained)
      await db
        .updateTable('audit_log')
        .set({ seq: chained.seq, prev_hash: head.hash, hash })
        .where('id', '=', row.id)
        .execute()
      heads.set(row.tenant_id, { seq: chained.seq, hash })
    }
    for (const [tenantId, head] of heads)
      await db
        .insertInto('audit_chain_heads')
        .values({ tenant_id: tenantId, seq: head.seq, hash: head.hash, anchor_seq: 0, anchor_hash: '' })
        .execute()
    await db.schema
      .createIndex('audit_log_chain_index')
      .on('audit_log')
      .columns(['tenant_id', 'seq'])
      .unique()
      .execute()
  },
}
