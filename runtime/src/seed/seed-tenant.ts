import type { Directory } from '@signoff/schemas'
import type { Db } from '../db/database.ts'
import { toJsonColumn } from '../db/json.ts'
import { departments } from '../repositories/departments.ts'
import { roles } from '../repositories/roles.ts'
import { type Tenant, tenants } from '../repositories/tenants.ts'
import { users } from '../repositories/users.ts'

/** Parents before children, so each department's parent row exists when it is inserted. */
function parentsFirst(list: Directory['departments']): Directory['departments'] {
  const ordered: Directory['departments'] = []
  const placed = new Set<string>()
  let pending = [...list]
  while (pending.length > 0) {
    const ready = pending.filter((d) => d.parentId === null || placed.has(d.parentId))
    if (ready.length === 0) throw new Error('departments form a cycle or name a missing parent')
    for (const department of ready) {
      ordered.push(department)
      placed.add(department.id)
    }
    pending = pending.filter((d) => !placed.has(d.id))
  }
  return ordered
}

/** Creates a tenant whose organization is `directory`, every user with the same password hash. */
export async function seedTenant(
  db: Db,
  tenant: Tenant,
  directory: Directory,
  passwordHash: string,
): Promise<void> {
  const now = tenant.created_at
  await tenants.insert(db, tenant)
  for (const department of parentsFirst(directory.departments)) {
    await departments.insert(db, {
      tenant_id: tenant.id,
      id: department.id,
      name: department.name,
      parent_id: department.parentId,
      head_id: null,
      created_at: now,
    })
  }
  for (const role of directory.roles) {
    await roles.insert(db, {
      tenant_id: tenant.id,
      id: role.id,
      name: toJsonColumn(role.name),
      created_at: now,
    })
  }
  for (const user of directory.users) {
    await users.insert(db, {
      tenant_id: tenant.id,
      id: user.id,
      login: user.id,
      name: user.name,
      email: user.email ?? null,
      phone: null,
      department_id: user.departmentId,
      password_hash: passwordHash,
      active: user.active === false ? 0 : 1,
      created_at: now,
      updated_at: now,
    })
    await users.setRoles(db, tenant.id, user.id, user.roles)
  }
  for (const department of directory.departments) {
    if (department.headId)
      await departments.update(db, tenant.id, department.id, { head_id: department.headId })
  }
}
