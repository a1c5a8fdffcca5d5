import type { Db } from '../db/database.ts'
import { tenants } from '../repositories/tenants.ts'
import { users } from '../repositories/users.ts'
import type { Principal } from './principal.ts'

/** The principal for an active user of an existing tenant; undefined for anyone else. */
export async function loadPrincipal(
  db: Db,
  tenantId: string,
  userId: string,
  via: Pick<Principal, 'via' | 'csrfToken' | 'sessionTokenHash'>,
): Promise<Principal | undefined> {
  const [tenant, user] = await Promise.all([tenants.get(db, tenantId), users.get(db, tenantId, userId)])
  if (!tenant || !user || user.active !== 1) return undefined
  return {
    tenantId,
    tenantKind: tenant.kind,
    userId,
    login: user.login,
    name: user.name,
    departmentId: user.department_id,
    roles: await users.rolesOf(db, tenantId, userId),
    ...via,
  }
}
