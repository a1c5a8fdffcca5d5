import type { Db } from '../db/database.ts'
import type { AppTable } from '../db/schema.ts'

export type AppRow = AppTable

export const apps = {
  list: (db: Db, tenantId: string) =>
    db
      .selectFrom('apps')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('key')
      .execute(),
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('apps')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  getByKey: (db: Db, tenantId: string, key: string) =>
    db
      .selectFrom('apps')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('key', '=', key)
      .executeTakeFirst(),
  insert: (db: Db, row: AppRow) => db.insertInto('apps').values(row).execute(),
  /**
   * Saves a draft only if nobody saved since `expectedRevision` was read; false means the caller
   * lost the race and must reload (the compare-and-set makes two concurrent saves yield one winner).
   */
  saveDraft: async (
    db: Db,
    tenantId: string,
    id: string,
    expectedRevision: number,
    draft: { json: string; name: string; updatedAt: string },
  ) => {
    const result = await db
      .updateTable('apps')
      .set({
        draft: draft.json,
        name: draft.name,
        draft_revision: expectedRevision + 1,
        updated_at: draft.updatedAt,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('draft_revision', '=', expectedRevision)
      .executeTakeFirst()
    return Number(result.numUpdatedRows) === 1
  },
  /** Moves the current version forward only from the one the publisher saw. */
  setCurrentVersion: async (
    db: Db,
    tenantId: string,
    id: string,
    expected: number | null,
    next: number,
    updatedAt: string,
  ) => {
    const base = db
      .updateTable('apps')
      .set({ current_version: next, updated_at: updatedAt })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
    const result = await (expected === null
      ? base.where('current_version', 'is', null)
      : base.where('current_version', '=', expected)
    ).executeTakeFirst()
    return Number(result.numUpdatedRows) === 1
  },
}
