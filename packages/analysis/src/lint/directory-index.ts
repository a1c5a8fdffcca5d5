import type { Directory, DirectoryUser } from '@signoff/schemas'

export interface DirectoryIndex {
  users: ReadonlyMap<string, DirectoryUser>
  departments: ReadonlySet<string>
  roles: ReadonlySet<string>
  /** Roles held by at least one active user. */
  heldRoles: ReadonlySet<string>
  /** The longest supervisor chain anyone has: a supervisor level beyond it resolves to nobody for everyone. */
  maxSupervisorLevel: number
  /** The deepest department's number of departments from it to the root, itself included. */
  maxDepartmentDepth: number
}

export const isActive = (user: DirectoryUser) => user.active !== false

export function indexDirectory(directory: Directory): DirectoryIndex {
  const users = new Map(directory.users.map((user) => [user.id, user]))
  const departments = new Map(directory.departments.map((department) => [department.id, department]))
  const heldRoles = new Set(directory.users.filter(isActive).flatMap((user) => user.roles))

  // Ancestors of a department, itself first, stopping at a cycle in bad data.
  const ancestors = (id: string | null): string[] => {
    const chain: string[] = []
    for (let current = id; current !== null && !chain.includes(current); ) {
      const department = departments.get(current)
      if (!department) break
      chain.push(current)
      current = department.parentId
    }
    return chain
  }

  // Direct supervisor: the nearest head above the person's own department that is not the person.
  const supervisorOf = (user: DirectoryUser): DirectoryUser | undefined => {
    for (const id of ancestors(user.departmentId)) {
      const headId = departments.get(id)?.headId
      if (headId && headId !== user.id) return users.get(headId)
    }
    return undefined
  }

  const chainLength = (user: DirectoryUser): number => {
    const seen = new Set([user.id])
    let length = 0
    for (let next = supervisorOf(user); next && !seen.has(next.id); next = supervisorOf(next)) {
      seen.add(next.id)
      length++
    }
    return length
  }

  return {
    users,
    departments: new Set(departments.keys()),
    roles: new Set(directory.roles.map((role) => role.id)),
    heldRoles,
    maxSupervisorLevel: Math.max(0, ...directory.users.filter(isActive).map(chainLength)),
    maxDepartmentDepth: Math.max(
      0,
      ...directory.departments.map((department) => ancestors(department.id).length),
    ),
  }
}
