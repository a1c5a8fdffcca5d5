import type { Db } from '../db/database.ts'
import { fail } from '../http/errors.ts'
import { departments } from '../repositories/departments.ts'
import { roles } from '../repositories/roles.ts'

export async function requireRoles(db: Db, tenantId: string, roleIds: readonly string[], path: string) {
  const known = new Set((await roles.list(db, tenantId)).map((role) => role.id))
  const index = roleIds.findIndex((id) => !known.has(id))
  if (index >= 0) throw fail.badRequest('unknown_role', `no role ${roleIds[index]}`, `${path}/${index}`)
}

export async function requireDepartment(
  db: Db,
  tenantId: string,
  id: string | null | undefined,
  path: string,
) {
  if (id && !(await departments.get(db, tenantId, id))) {
    throw fail.badRequest('unknown_department', `no department ${id}`, path)
  }
}
