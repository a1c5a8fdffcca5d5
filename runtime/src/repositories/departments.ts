import type { Db } from '../db/database.ts'
import type { DepartmentTable } from '../db/schema.ts'

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
  insert: (db: Db, row: DepartmentRow) => db.insertInto('departments').values(row).execute(),
  update: (
    db: Db,
    tenantId: string,
    id: string,
    changes: Partial<Pick<DepartmentRow, 'name' | 'parent_id' | 'head_id'>>,
  ) =>
    db
      .updateTable('departments')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute(),
}
