import type { Db } from '../db/database.ts'
import type { DepartmentTable } from '../db/schema.ts'
import { orgRevisions } from './org-revisions.ts'

export type DepartmentRow = DepartmentTable

export const departments = {
  list: (db: Db, tenantId: string) =>
    db
      .selectFrom('departments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('name')
      .execute(),
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('departments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  insert: async (db: Db, row: DepartmentRow) => {
    await db.insertInto('departments').values(row).execute()
    await orgRevisions.bump(db, row.tenant_id)
  },
  update: async (
    db: Db,
    tenantId: string,
    id: string,
    changes: Partial<Pick<DepartmentRow, 'name' | 'parent_id' | 'head_id'>>,
  ) => {
    await db
      .updateTable('departments')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute()
    await orgRevisions.bump(db, tenantId)
  },
}
