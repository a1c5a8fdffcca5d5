/** Who is calling: resolved from the session cookie or a Bearer token on every request. */
export interface Principal {
  tenantId: string
  tenantKind: 'organization' | 'platform'
  userId: string
  login: string
  name: string
  departmentId: string | null
  roles: string[]
  via: 'session' | 'token'
  /** Set for cookie sessions: state-changing requests must echo it in X-CSRF-Token. */
  csrfToken: string | null
  sessionTokenHash: string | null
}

/** The role id that makes a member an organization admin; a platform tenant's org admins administer the platform. */
export const orgAdminRole = 'orgAdmin'

export function isOrgAdmin(principal: Principal): boolean {
  return principal.roles.includes(orgAdminRole)
}

export function isPlatformAdmin(principal: Principal): boolean {
  return principal.tenantKind === 'platform' && isOrgAdmin(principal)
}

export const permissionNames = [
  'org.read',
  'org.manage',
  'apps.create',
  'apps.manageAll',
  'audit.read',
  'tokens.manage',
  'platform.manage',
] as const

export type Permission = (typeof permissionNames)[number]

const grants: Record<Permission, (principal: Principal) => boolean> = {
  'org.read': () => true,
  'org.manage': isOrgAdmin,
  'apps.create': isOrgAdmin,
  'apps.manageAll': isOrgAdmin,
  'audit.read': isOrgAdmin,
  'tokens.manage': () => true,
  'platform.manage': isPlatformAdmin,
}

export function permissionsOf(principal: Principal): Permission[] {
  return permissionNames.filter((name) => grants[name](principal))
}

export function hasPermission(principal: Principal, permission: Permission): boolean {
  return grants[permission](principal)
}
