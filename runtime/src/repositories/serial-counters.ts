import type { Db } from '../db/database.ts'
import { precompiled } from '../db/precompiled.ts'

// Built once (db/precompiled.ts): every start runs it.
const increment = precompiled((db, p: { tenantId: string; appId: string; period: string }) =>
  db
    .insertInto('serial_counters')
    .values({ tenant_id: p.tenantId, app_id: p.appId, period: p.period, value: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'app_id', 'period'])
        .doUpdateSet((eb) => ({ value: eb('serial_counters.value', '+', 1) })),
    )
    .returning('value'),
)

export const serialCounters = {
  /**
   * The next number of the app's counter in this period (1 for a new period), taken inside the
   * caller's transaction. On PostgreSQL it locks the counter's row until the commit: call it last.
   */
  next: async (db: Db, tenantId: string, appId: string, period: string) => {
    const [row] = (await increment(db, { tenantId, appId, period })).rows
    if (!row) throw new Error('the serial counter returned no value')
    return row.value
  },
}
