import type { Db } from '../db/database.ts'
import type { UserTable } from '../db/schema.ts'
import { orgRevisions } from './org-revisions.ts'

export type UserRow = UserTable

export type UserChanges = Partial<
  Pick<UserRow, 'name' | 'email' | 'phone' | 'department_id' | 'password_hash' | 'active' | 'updated_at'>
>

// What the directory shows of a user (org/directory.ts).
const directoryFields = ['name', 'email', 'department_id', 'active'] as const

export const users = {
  list: (db: Db, tenantId: string) =>
    db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .orderBy('login')
      .execute(),
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  getByLogin: (db: Db, tenantId: string, login: string) =>
    db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('login', '=', login)
      .executeTakeFirst(),
  /** Login without a tenant: every tenant's account with that login (normally one). */
  findByLoginInAnyTenant: (db: Db, login: string) =>
    db.selectFrom('users').selectAll().where('login', '=', login).limit(10).execute(),
  insert: async (db: Db, row: UserRow) => {
    await db.insertInto('users').values(row).execute()
    await orgRevisions.bump(db, row.tenant_id)
  },
  update: async (db: Db, tenantId: string, id: string, changes: UserChanges) => {
    await db
      .updateTable('users')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute()
    // A password or phone change leaves the directory as it was.
    if (directoryFields.some((field) => changes[field] !== undefined)) await orgRevisions.bump(db, tenantId)
  },
  rolesOf: async (db: Db, tenantId: string, userId: string) =>
    (
      await db
        .selectFrom('user_roles')
        .select('role_id')
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .orderBy('role_id')
        .execute()
    ).map((row) => row.role_id),
  /** Every membership in the tenant, grouped by user. */
  rolesByUser: async (db: Db, tenantId: string) => {
    const rows = await db
      .selectFrom('user_roles')
      .select(['user_id', 'role_id'])
      .where('tenant_id', '=', tenantId)
      .orderBy('role_id')
      .execute()
    const byUser = new Map<string, string[]>()
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.role_id])
    return byUser
  },
  setRoles: async (db: Db, tenantId: string, userId: string, roleIds: readonly string[]) => {
    await db
      .deleteFrom('user_roles')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .execute()
    if (roleIds.length > 0)
      await db
        .insertInto('user_roles')
        .values(roleIds.map((roleId) => ({ tenant_id: tenantId, user_id: userId, role_id: roleId })))
        .execute()
    await orgRevisions.bump(db, tenantId)
  },
}
