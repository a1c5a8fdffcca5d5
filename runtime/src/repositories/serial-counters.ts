import type { Db } from '../db/database.ts'

export const serialCounters = {
  /** The next number of the app's counter in this period (1 for a new period), taken inside the caller's transaction. */
  next: async (db: Db, tenantId: string, appId: string, period: string) => {
    const row = await db
      .insertInto('serial_counters')
      .values({ tenant_id: tenantId, app_id: appId, period, value: 1 })
      .onConflict((conflict) =>
        conflict
          .columns(['tenant_id', 'app_id', 'period'])
          .doUpdateSet((eb) => ({ value: eb('serial_counters.value', '+', 1) })),
      )
      .returning('value')
      .executeTakeFirstOrThrow()
    return row.value
  },
}
