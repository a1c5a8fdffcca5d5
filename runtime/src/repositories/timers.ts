import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../db/database.ts'
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
  /**
   * Claims up to `limit` due timers whose lease is free by setting a lease on each, one conditional
   * UPDATE per row: of several processes racing for a row exactly one gets it back.
   */
  claimDue: async (db: Db, now: string, leaseUntil: string, limit: number) => {
    const free = (eb: ExpressionBuilder<Database, 'timers'>) =>
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)])
    const due = await db
      .selectFrom('timers')
      .select(['tenant_id', 'instance_id', 'timer_id'])
      .where('due_at', '<=', now)
      .where(free)
      .orderBy('due_at')
      .limit(limit)
      .execute()
    const claimed: TimerRow[] = []
    for (const key of due) {
      const row = await db
        .updateTable('timers')
        .set({ lease_until: leaseUntil })
        .where('tenant_id', '=', key.tenant_id)
        .where('instance_id', '=', key.instance_id)
        .where('timer_id', '=', key.timer_id)
        .where('due_at', '<=', now)
        .where(free)
        .returningAll()
        .executeTakeFirst()
      if (row) claimed.push(row)
    }
    return claimed
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
