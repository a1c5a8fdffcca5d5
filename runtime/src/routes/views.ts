import type { I18NText } from '@signoff/schemas'
import { fromJsonColumn } from '../db/json.ts'
import type { DelegationRow } from '../repositories/delegations.ts'
import type { DepartmentRow } from '../repositories/departments.ts'
import type { RoleRow } from '../repositories/roles.ts'
import type { Tenant } from '../repositories/tenants.ts'
import type { UserRow } from '../repositories/users.ts'

// How stored rows appear in API responses (camelCase, never a password hash).

export function tenantView(tenant: Tenant) {
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    kind: tenant.kind,
    certificationLevel: tenant.certification_level,
  }
}

export function userView(user: UserRow, roles: readonly string[]) {
  return {
    id: user.id,
    login: user.login,
    name: user.name,
    email: user.email,
    phone: user.phone,
    departmentId: user.department_id,
    roles: [...roles],
    active: user.active === 1,
    hasPassword: user.password_hash !== null,
    createdAt: user.created_at,
    updatedAt: user.updated_at,
  }
}

export function departmentView(department: DepartmentRow) {
  return {
    id: department.id,
    name: department.name,
    parentId: department.parent_id,
    headId: department.head_id,
  }
}

export function roleView(role: RoleRow, members?: readonly string[]) {
  const view = { id: role.id, name: fromJsonColumn<I18NText>(role.name) }
  return members ? { ...view, members: [...members] } : view
}

export function delegationView(delegation: DelegationRow) {
  return {
    id: delegation.id,
    userId: delegation.user_id,
    to: delegation.to_user_id,
    from: delegation.from_date,
    until: delegation.until_date,
  }
}
