import type { Db } from '../db/database.ts'
import type { OutboxTable } from '../db/schema.ts'

export type OutboxRow = OutboxTable

export const outbox = {
  insert: (db: Db, row: OutboxRow) => db.insertInto('outbox').values(row).execute(),
  ofInstance: (db: Db, tenantId: string, instanceId: string) =>
    db
      .selectFrom('outbox')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .orderBy('created_at')
      .execute(),
}
