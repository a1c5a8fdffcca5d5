import type { Department, Directory, DirectoryUser } from '@signoff/schemas'

/** A directory with lookups; built once per directory object. */
export interface Org {
  directory: Directory
  user: (id: string) => DirectoryUser | undefined
  department: (id: string) => Department | undefined
  isActive: (id: string) => boolean
  /** The department and every department above it, nearest first. */
  departmentPath: (departmentId: string | null) => string[]
  /** Direct supervisor: the nearest head above the user's own position who is not the user. */
  supervisorOf: (userId: string) => string | undefined
  /** Supervisors from the direct one upwards to the top, without repeats. */
  supervisorChain: (userId: string) => string[]
  usersWithRole: (roleId: string) => DirectoryUser[]
  /** The delegate for new tasks on `date` (YYYY-MM-DD), if the user is out of office. */
  delegateOn: (userId: string, date: string) => string | undefined
}

const cache = new WeakMap<Directory, Org>()

export function orgOf(directory: Directory): Org {
  const cached = cache.get(directory)
  if (cached) return cached
  const org = buildOrg(directory)
  cache.set(directory, org)
  return org
}

function buildOrg(directory: Directory): Org {
  const users = new Map(directory.users.map((u) => [u.id, u]))
  const departments = new Map(directory.departments.map((d) => [d.id, d]))
  const user = (id: string) => users.get(id)
  const department = (id: string) => departments.get(id)
  const isActive = (id: string) => {
    const u = users.get(id)
    return u !== undefined && u.active !== false
  }

  const departmentPath = (departmentId: string | null): string[] => {
    const path: string[] = []
    let current = departmentId === null ? undefined : departments.get(departmentId)
    // The seen-check guards against a malformed tree with a cycle.
    while (current && !path.includes(current.id)) {
      path.push(current.id)
      current = current.parentId === null ? undefined : departments.get(current.parentId)
    }
    return path
  }

  const supervisorOf = (userId: string): string | undefined => {
    for (const id of departmentPath(users.get(userId)?.departmentId ?? null)) {
      const head = departments.get(id)?.headId
      if (head && head !== userId) return head
    }
    return undefined
  }

  const supervisorChain = (userId: string): string[] => {
    const chain: string[] = []
    let next = supervisorOf(userId)
    while (next !== undefined && next !== userId && !chain.includes(next)) {
      chain.push(next)
      next = supervisorOf(next)
    }
    return chain
  }

  // Holders by role, each list in directory order; asked for at every node with role approvers.
  const holders = new Map<string, DirectoryUser[]>()
  for (const u of directory.users)
    for (const role of new Set(u.roles)) {
      const list = holders.get(role)
      if (list) list.push(u)
      else holders.set(role, [u])
    }
  const usersWithRole = (roleId: string): DirectoryUser[] => [...(holders.get(roleId) ?? [])]

  const delegateOn = (userId: string, date: string): string | undefined =>
    users.get(userId)?.delegations?.find((d) => d.from <= date && date <= d.until)?.to

  return {
    directory,
    user,
    department,
    isActive,
    departmentPath,
    supervisorOf,
    supervisorChain,
    usersWithRole,
    delegateOn,
  }
}
