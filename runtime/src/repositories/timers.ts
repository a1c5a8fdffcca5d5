import type { Db } from '../db/database.ts'
import type { TimerTable } from '../db/schema.ts'

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
  ofInstance: (db: Db, tenantId: string, instanceId: string) =>
    db
      .selectFrom('timers')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .orderBy('due_at')
      .execute(),
}
