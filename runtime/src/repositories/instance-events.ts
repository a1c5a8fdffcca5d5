import type { Db } from '../db/database.ts'
import type { InstanceEventTable } from '../db/schema.ts'

export type InstanceEventRow = InstanceEventTable

// Append-only: this repository adds and reads event rows, never changes or removes one.
export const instanceEvents = {
  append: (db: Db, row: InstanceEventRow) => db.insertInto('instance_events').values(row).execute(),
  list: (db: Db, tenantId: string, instanceId: string) =>
    db
      .selectFrom('instance_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .orderBy('seq')
      .execute(),
  /** The hash of the instance's latest event, which the next one links to. */
  lastHash: async (db: Db, tenantId: string, instanceId: string) =>
    (
      await db
        .selectFrom('instance_events')
        .select('hash')
        .where('tenant_id', '=', tenantId)
        .where('instance_id', '=', instanceId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst()
    )?.hash,
  lastOfType: (db: Db, tenantId: string, instanceId: string, type: string, actor: string) =>
    db
      .selectFrom('instance_events')
      .select('at')
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .where('type', '=', type)
      .where('actor', '=', actor)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst(),
}
