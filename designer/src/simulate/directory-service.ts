import type { DirectoryEntry, DirectoryKind, DirectoryService } from '@signoff/form-renderer'
import type { Directory } from '@signoff/schemas'

const limit = 20

/**
 * Member and department pickers over a directory already in memory (the designer loads the whole
 * organization once for simulation), matching a query against names and ids.
 */
export function localDirectoryService(directory: Directory): DirectoryService {
  const departmentNames = new Map(directory.departments.map((department) => [department.id, department.name]))
  const entries: Record<DirectoryKind, DirectoryEntry[]> = {
    user: directory.users
      .filter((user) => user.active !== false)
      .map((user) => ({
        id: user.id,
        name: user.name,
        ...(user.departmentId ? { hint: departmentNames.get(user.departmentId) ?? user.departmentId } : {}),
      })),
    department: directory.departments.map((department) => ({ id: department.id, name: department.name })),
  }
  return {
    async search(kind, query) {
      const needle = query.trim().toLowerCase()
      const all = entries[kind]
      const found = needle
        ? all.filter(
            (entry) => entry.name.toLowerCase().includes(needle) || entry.id.toLowerCase().includes(needle),
          )
        : all
      return found.slice(0, limit)
    },
    async resolve(kind, ids) {
      const byId = new Map(entries[kind].map((entry) => [entry.id, entry]))
      return ids.map((id) => byId.get(id) ?? { id, name: id })
    },
  }
}
