import type { Department, User } from '../api/types.ts'

export interface Entry {
  id: string
  name: string
  hint?: string
}

/** A department and every department above it, nearest first (stops on a loop). */
export function departmentChain(departments: readonly Department[], id: string | null): string[] {
  const byId = new Map(departments.map((department) => [department.id, department]))
  const chain: string[] = []
  let current = id ? byId.get(id) : undefined
  while (current && !chain.includes(current.id)) {
    chain.push(current.id)
    current = current.parentId ? byId.get(current.parentId) : undefined
  }
  return chain
}

/** What conditions and formulas know of the initiator (expression's Initiator). */
export function initiatorOf(user: User, departments: readonly Department[]) {
  return {
    id: user.id,
    department: user.departmentId ?? '',
    departments: departmentChain(departments, user.departmentId),
    roles: user.roles,
  }
}

const matches = (needle: string, ...values: (string | null | undefined)[]) =>
  values.some((value) => value?.toLowerCase().includes(needle))

/** Active members or departments whose name, login or id holds the text; members hint their department. */
export function searchDirectory(
  users: readonly User[],
  departments: readonly Department[],
  kind: 'user' | 'department',
  query: string,
  limit = 20,
): Entry[] {
  const needle = query.trim().toLowerCase()
  const departmentName = new Map(departments.map((department) => [department.id, department.name]))
  if (kind === 'department')
    return departments
      .filter((department) => !needle || matches(needle, department.name, department.id))
      .slice(0, limit)
      .map((department) => ({ id: department.id, name: department.name }))
  return users
    .filter((user) => user.active && (!needle || matches(needle, user.name, user.login, user.id)))
    .slice(0, limit)
    .map((user) => ({
      id: user.id,
      name: user.name,
      ...(user.departmentId ? { hint: departmentName.get(user.departmentId) ?? user.departmentId } : {}),
    }))
}

/** The entries of ids already chosen (unknown ids show as themselves). */
export function resolveDirectory(
  users: readonly User[],
  departments: readonly Department[],
  kind: 'user' | 'department',
  ids: readonly string[],
): Entry[] {
  const names = new Map(
    kind === 'user' ? users.map((user) => [user.id, user.name]) : departments.map((d) => [d.id, d.name]),
  )
  return ids.map((id) => ({ id, name: names.get(id) ?? id }))
}
