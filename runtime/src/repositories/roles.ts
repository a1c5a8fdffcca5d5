import type { Db } from '../db/database.ts'
import type { RoleTable } from '../db/schema.ts'
import { orgRevisions } from './org-revisions.ts'

export type RoleRow = RoleTable

export const roles = {
  list: (db: Db, tenantId: string) =>
    db
      .selectFrom('roles')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('roles')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  insert: async (db: Db, row: RoleRow) => {
    await db.insertInto('roles').values(row).execute()
    await orgRevisions.bump(db, row.tenant_id)
  },
  rename: async (db: Db, tenantId: string, id: string, name: string) => {
    await db
      .updateTable('roles')
      .set({ name })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute()
    await orgRevisions.bump(db, tenantId)
  },
  members: async (db: Db, tenantId: string, roleId: string) =>
    (
      await db
        .selectFrom('user_roles')
        .select('user_id')
        .where('tenant_id', '=', tenantId)
        .where('role_id', '=', roleId)
        .orderBy('user_id')
        .execute()
    ).map((row) => row.user_id),
  /** false when the user already had the role; one statement, so two requests at once cannot both insert. */
  addMember: async (db: Db, tenantId: string, roleId: string, userId: string) => {
    const result = await db
      .insertInto('user_roles')
      .values({ tenant_id: tenantId, role_id: roleId, user_id: userId })
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirst()
    const added = Number(result.numInsertedOrUpdatedRows ?? 0) > 0
    if (added) await orgRevisions.bump(db, tenantId)
    return added
  },
  removeMember: async (db: Db, tenantId: string, roleId: string, userId: string) => {
    const result = await db
      .deleteFrom('user_roles')
      .where('tenant_id', '=', tenantId)
      .where('role_id', '=', roleId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    const removed = Number(result.numDeletedRows) > 0
    if (removed) await orgRevisions.bump(db, tenantId)
    return removed
  },
}
