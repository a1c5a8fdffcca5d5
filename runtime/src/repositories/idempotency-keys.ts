import type { Db } from '../db/database.ts'
import type { IdempotencyKeyTable } from '../db/schema.ts'

export type IdempotencyKeyRow = IdempotencyKeyTable

export const idempotencyKeys = {
  get: (db: Db, tenantId: string, userId: string, key: string) =>
    db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst(),
  insert: (db: Db, row: IdempotencyKeyRow) => db.insertInto('idempotency_keys').values(row).execute(),
}
