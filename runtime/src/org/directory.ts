import type { Directory, DirectoryUser, I18NText } from '@signoff/schemas'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'
import { delegations } from '../repositories/delegations.ts'
import { departments } from '../repositories/departments.ts'
import { roles } from '../repositories/roles.ts'
import { users } from '../repositories/users.ts'
import { workCalendars } from '../repositories/work-calendars.ts'

/** The tenant's organization as the engine and lint read it (directory.schema.json). */
export async function loadDirectory(db: Db, tenantId: string): Promise<Directory> {
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
