import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../db/database.ts'
import type { Database, OutboxTable } from '../db/schema.ts'

export type OutboxRow = OutboxTable

export const outbox = {
  insert: (db: Db, row: OutboxRow) => db.insertInto('outbox').values(row).execute(),
  /** Claims due, undelivered rows of these kinds with a lease, one conditional UPDATE per row (see timers.claimDue). */
  claimDue: async (db: Db, kinds: readonly string[], now: string, leaseUntil: string, limit: number) => {
    const free = (eb: ExpressionBuilder<Database, 'outbox'>) =>
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)])
    const due = await db
      .selectFrom('outbox')
      .select('id')
      .where('delivered_at', 'is', null)
      .where('kind', 'in', kinds)
      .where('next_at', '<=', now)
      .where(free)
      .orderBy('next_at')
      .limit(limit)
      .execute()
    const claimed: OutboxRow[] = []
    for (const { id } of due) {
      const row = await db
        .updateTable('outbox')
        .set((eb) => ({ lease_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('delivered_at', 'is', null)
        .where(free)
        .returningAll()
        .executeTakeFirst()
      if (row) claimed.push(row)
    }
    return claimed
  },
  markDelivered: (db: Db, id: string, at: string, note: string | null) =>
    db
      .updateTable('outbox')
      .set({ delivered_at: at, lease_until: null, last_error: note })
      .where('id', '=', id)
      .execute(),
  /** Gives the row back for a later attempt. */
  release: (db: Db, id: string, nextAt: string, error: string) =>
    db
      .updateTable('outbox')
      .set({ lease_until: null, next_at: nextAt, last_error: error })
      .where('id', '=', id)
      .execute(),
  ofInstance: (db: Db, tenantId: string, instanceId: string) =>
    db
      .selectFrom('outbox')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .orderBy('created_at')
      .execute(),
}
