import type { Starters } from '@signoff/schemas'

export interface Starter {
  id: string
  active: boolean
  departmentId: string | null
  roles: readonly string[]
}

export interface DepartmentLink {
  id: string
  parentId: string | null
}

/** The department and every department above it, nearest first; stops at a cycle rather than looping. */
export function departmentAncestry(
  departmentId: string | null,
  departments: readonly DepartmentLink[],
): string[] {
  const parents = new Map(departments.map((department) => [department.id, department.parentId]))
  const chain: string[] = []
  let current = departmentId
  while (current !== null && !chain.includes(current)) {
    chain.push(current)
    current = parents.get(current) ?? null
  }
  return chain
}

/**
 * Whether a member may start an app with these starters: everyone, or listed by user, by role, or
 * by a department they belong to directly or through a sub-department. Deactivated people never may.
 */
export function mayStart(starters: Starters, user: Starter, departments: readonly DepartmentLink[]): boolean {
  if (!user.active) return false
  if ('everyone' in starters) return starters.everyone === true
  if (starters.users?.includes(user.id)) return true
  if (starters.roles?.some((role) => user.roles.includes(role))) return true
  const listed = starters.departments ?? []
  return departmentAncestry(user.departmentId, departments).some((id) => listed.includes(id))
}
