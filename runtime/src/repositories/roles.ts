import type { Db } from '../db/database.ts'
import type { RoleTable } from '../db/schema.ts'

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
  insert: (db: Db, row: RoleRow) => db.insertInto('roles').values(row).execute(),
  rename: (db: Db, tenantId: string, id: string, name: string) =>
    db.updateTable('roles').set({ name }).where('tenant_id', '=', tenantId).where('id', '=', id).execute(),
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
  addMember: async (db: Db, tenantId: string, roleId: string, userId: string) => {
    const existing = await db
      .selectFrom('user_roles')
      .select('user_id')
      .where('tenant_id', '=', tenantId)
      .where('role_id', '=', roleId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    if (existing) return false
    await db
      .insertInto('user_roles')
      .values({ tenant_id: tenantId, role_id: roleId, user_id: userId })
      .execute()
    return true
  },
  removeMember: async (db: Db, tenantId: string, roleId: string, userId: string) => {
    const result = await db
      .deleteFrom('user_roles')
      .where('tenant_id', '=', tenantId)
      .where('role_id', '=', roleId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    return Number(result.numDeletedRows) > 0
  },
}
