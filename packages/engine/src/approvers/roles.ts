import type { Resolver } from './resolver.ts'

/** Holders of any of the roles; with scope initiatorDepartment only those in the initiator's department or above it. */
export const resolveRoles: Resolver<'roles'> = (rule, { org, initiator }) => {
  const inScope =
    rule.scope === 'initiatorDepartment'
      ? new Set(org.departmentPath(org.user(initiator)?.departmentId ?? null))
      : undefined
  return rule.roles.flatMap((role) =>
    org
      .usersWithRole(role)
      .filter((u) => !inScope || (u.departmentId !== null && inScope.has(u.departmentId)))
      .map((u) => u.id),
  )
}
