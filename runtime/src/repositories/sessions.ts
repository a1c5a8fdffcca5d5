import type { Db } from '../db/database.ts'
import type { SessionTable } from '../db/schema.ts'

export type SessionRow = SessionTable

export const sessions = {
  insert: (db: Db, row: SessionRow) => db.insertInto('sessions').values(row).execute(),
  /** The unexpired session with this token hash. */
  findLive: (db: Db, tokenHash: string, nowIso: string) =>
    db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', nowIso)
      .executeTakeFirst(),
  delete: (db: Db, tokenHash: string) =>
    db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute(),
  deleteForUser: (db: Db, tenantId: string, userId: string) =>
    db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute(),
  deleteExpired: (db: Db, nowIso: string) =>
    db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute(),
}
