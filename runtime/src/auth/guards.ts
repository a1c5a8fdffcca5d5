import { fail } from '../http/errors.ts'
import { hasPermission, type Permission, type Principal } from './principal.ts'

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!hasPermission(principal, permission)) throw fail.forbidden(`requires the ${permission} permission`)
}
