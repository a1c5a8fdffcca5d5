import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../db/database.ts'
import { claimable } from '../db/dialect.ts'
import type { Database, TimerTable } from '../db/schema.ts'

export type TimerRow = TimerTable

export const timers = {
  insert: (db: Db, row: TimerRow) =>
    db
      .insertInto('timers')
      .values(row)
      .onConflict((conflict) =>
        conflict
          .columns(['tenant_id', 'instance_id', 'timer_id'])
          .doUpdateSet({ due_at: row.due_at, lease_until: null }),
      )
      .execute(),
  remove: (db: Db, tenantId: string, instanceId: string, timerId: string) =>
    db
      .deleteFrom('timers')
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .where('timer_id', '=', timerId)
      .execute(),
  /** Removes a fired timer unless it was scheduled again since it was claimed (a new due time). */
  consume: (db: Db, timer: TimerRow) =>
    db
      .deleteFrom('timers')
      .where('tenant_id', '=', timer.tenant_id)
      .where('instance_id', '=', timer.instance_id)
      .where('timer_id', '=', timer.timer_id)
      .where('due_at', '=', timer.due_at)
      .execute(),
  /**
   * Claims up to `limit` due timers whose lease is free by setting a lease on each, in one
   * statement: of several processes racing for a row exactly one gets it back (dialect.claimable).
   */
  claimDue: (db: Db, now: string, leaseUntil: string, limit: number) => {
    const claim = (eb: ExpressionBuilder<Database, 'timers'>) =>
      eb.and([eb('due_at', '<=', now), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)])])
    return db
      .updateTable('timers')
      .set({ lease_until: leaseUntil })
      .where((eb) =>
        eb(
          eb.refTuple('tenant_id', 'instance_id', 'timer_id'),
          'in',
          claimable(
            db,
            eb
              .selectFrom('timers')
              .select(['tenant_id', 'instance_id', 'timer_id'])
              .where(claim)
              .orderBy('due_at')
              .limit(limit),
          ).$asTuple('tenant_id', 'instance_id', 'timer_id'),
        ),
      )
      .where(claim)
      .returningAll()
      .execute()
  },
  ofInstance: (db: Db, tenantId: string, instanceId: string) =>
    db
      .selectFrom('timers')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .orderBy('due_at')
      .execute(),
}
