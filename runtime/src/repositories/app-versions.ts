import type { Db } from '../db/database.ts'
import type { AppVersionTable } from '../db/schema.ts'

export type AppVersionRow = AppVersionTable

// Versions are immutable: this repository can add and read them, never change or remove one.
export const appVersions = {
  insert: (db: Db, row: AppVersionRow) => db.insertInto('app_versions').values(row).execute(),
  list: (db: Db, tenantId: string, appId: string) =>
    db
      .selectFrom('app_versions')
      .select(['number', 'content_hash', 'note', 'author_id', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('app_id', '=', appId)
      .orderBy('number', 'desc')
      .execute(),
  get: (db: Db, tenantId: string, appId: string, number: number) =>
    db
      .selectFrom('app_versions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('app_id', '=', appId)
      .where('number', '=', number)
      .executeTakeFirst(),
}
