import type { Directory, DirectoryUser, I18NText } from '@signoff/schemas'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'
import { delegations } from '../repositories/delegations.ts'
import { departments } from '../repositories/departments.ts'
import { orgRevisions } from '../repositories/org-revisions.ts'
import { roles } from '../repositories/roles.ts'
import { users } from '../repositories/users.ts'
import { workCalendars } from '../repositories/work-calendars.ts'

interface Cached {
  revision: string | undefined
  directory: Directory
}

// Tenants kept per database; the least recently loaded one goes first beyond this.
const tenantsKept = 200

// Per database (its Kysely adapter, which a transaction shares with the handle it came from), so
// several databases in one process (tests, tools) never see each other's tenants.
const caches = new WeakMap<object, Map<string, Cached>>()

function cacheOf(db: Db): Map<string, Cached> {
  const key = db.getExecutor().adapter
  let cache = caches.get(key)
  if (!cache) {
    cache = new Map()
    caches.set(key, cache)
  }
  return cache
}

/**
 * The tenant's organization as the engine and lint read it (directory.schema.json). Kept in memory
 * and shared (frozen) until the tenant's org revision changes: one small read per call instead of
 * six, and a write by any process (each bumps the revision in its transaction) is seen by the next
 * load in every process.
 */
export async function loadDirectory(db: Db, tenantId: string): Promise<Directory> {
  return loadDirectoryAt(db, tenantId, await orgRevisions.get(db, tenantId))
}

/** The same when the caller read the tenant's org revision already (with the instance it acts on). */
export async function loadDirectoryAt(
  db: Db,
  tenantId: string,
  revision: string | undefined,
): Promise<Directory> {
  const cache = cacheOf(db)
  const hit = cache.get(tenantId)
  cache.delete(tenantId)
  if (hit && hit.revision === revision) {
    cache.set(tenantId, hit)
    return hit.directory
  }
  const directory = deepFreeze(await readDirectory(db, tenantId))
  cache.set(tenantId, { revision, directory })
  if (cache.size > tenantsKept) cache.delete(cache.keys().next().value as string)
  return directory
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}

async function readDirectory(db: Db, tenantId: string): Promise<Directory> {
  const [departmentRows, roleRows, userRows, rolesByUser, delegationRows, calendar] = await Promise.all([
    departments.list(db, tenantId),
    roles.list(db, tenantId),
    users.list(db, tenantId),
    users.rolesByUser(db, tenantId),
    delegations.list(db, tenantId),
    workCalendars.get(db, tenantId),
  ])
  return {
    // The calendar is what leaveDays and workingDays count with; absent until the tenant sets one.
    ...(calendar === undefined ? {} : { calendar }),
    departments: departmentRows.map((row) => ({
      id: row.id,
      name: row.name,
      parentId: row.parent_id,
      headId: row.head_id,
    })),
    roles: roleRows.map((row) => ({ id: row.id, name: fromJsonColumn<I18NText>(row.name) })),
    users: userRows.map((row) => {
      const user: DirectoryUser = {
        id: row.id,
        name: row.name,
        departmentId: row.department_id,
        roles: rolesByUser.get(row.id) ?? [],
        active: row.active === 1,
      }
      if (row.email) user.email = row.email
      const away = delegationRows
        .filter((delegation) => delegation.user_id === row.id)
        .map((delegation) => ({
          to: delegation.to_user_id,
          from: delegation.from_date,
          until: delegation.until_date,
        }))
      if (away.length > 0) user.delegations = away
      return user
    }),
  }
}
