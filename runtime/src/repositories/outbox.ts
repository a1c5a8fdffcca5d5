import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../db/database.ts'
import { claimable } from '../db/dialect.ts'
import type { Database, OutboxTable } from '../db/schema.ts'

export type OutboxRow = OutboxTable

export const outbox = {
  insert: (db: Db, row: OutboxRow) => db.insertInto('outbox').values(row).execute(),
  /** Claims due, undelivered rows of these kinds with a lease, in one statement (see timers.claimDue). */
  claimDue: (db: Db, kinds: readonly string[], now: string, leaseUntil: string, limit: number) => {
    const claim = (eb: ExpressionBuilder<Database, 'outbox'>) =>
      eb.and([
        eb('delivered_at', 'is', null),
        eb('kind', 'in', kinds),
        eb('next_at', '<=', now),
        eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]),
      ])
    return db
      .updateTable('outbox')
      .set((eb) => ({ lease_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
      .where((eb) =>
        eb(
          'id',
          'in',
          claimable(db, eb.selectFrom('outbox').select('id').where(claim).orderBy('next_at').limit(limit)),
        ),
      )
      .where(claim)
      .returningAll()
      .execute()
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
