import type { Db } from '../db/database.ts'
import type { ApiTokenTable } from '../db/schema.ts'

export type ApiTokenRow = ApiTokenTable

export const apiTokens = {
  insert: (db: Db, row: ApiTokenRow) => db.insertInto('api_tokens').values(row).execute(),
  findActiveByHash: (db: Db, tokenHash: string) =>
    db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst(),
  listForUser: (db: Db, tenantId: string, userId: string) =>
    db
      .selectFrom('api_tokens')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at')
      .orderBy('name')
      .execute(),
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('api_tokens')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  revoke: (db: Db, tenantId: string, id: string, nowIso: string) =>
    db
      .updateTable('api_tokens')
      .set({ revoked_at: nowIso })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute(),
  revokeForUser: (db: Db, tenantId: string, userId: string, nowIso: string) =>
    db
      .updateTable('api_tokens')
      .set({ revoked_at: nowIso })
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute(),
  touch: (db: Db, id: string, nowIso: string) =>
    db.updateTable('api_tokens').set({ last_used_at: nowIso }).where('id', '=', id).execute(),
}
