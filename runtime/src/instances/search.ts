import { loadApps } from '../apps/load-app.ts'
import { isOrgAdmin, type Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import { fail } from '../http/errors.ts'
import { nextDay, startOfDay } from '../org/zoned-day.ts'
import type { InstanceFilter } from '../repositories/instances.ts'

type Query = (name: string) => string | undefined

const identifier = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

/**
 * A date (a whole day in the organization's time zone: people mean their own days) or a date-time;
 * `end` moves a date to the start of the next day.
 */
function instant(value: string, name: string, end: boolean, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!Number.isNaN(Date.parse(`${value}T00:00:00.000Z`)))
      return startOfDay(end ? nextDay(value) : value, timeZone)
  } else if (!Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return new Date(value).toISOString()
  }
  throw fail.badRequest('invalid_query', `${name} must be a date (YYYY-MM-DD) or a date-time`, `/${name}`)
}

/**
 * The instance filter from the query string. `scope=mine` (the default): instances the caller
 * started. `scope=all`: every instance, for org admins; app admins only of the apps they
 * administer. Filters: app, status, initiator, from/to (creation; dates are the organization's days,
 * `to` inclusive) and
 * field/value (a form value equal to the text).
 */
export async function searchFilter(
  db: Db,
  principal: Principal,
  query: Query,
  timeZone: string,
): Promise<InstanceFilter> {
  const scope = query('scope') ?? 'mine'
  const app = query('app')
  const filter: InstanceFilter = {}
  if (scope === 'mine') {
    filter.initiatorId = principal.userId
    if (app) filter.appIds = [app]
  } else if (scope === 'all') {
    if (isOrgAdmin(principal)) {
      if (app) filter.appIds = [app]
    } else {
      const administered = (await loadApps(db, principal))
        .filter((item) => item.access.edit)
        .map((item) => item.row.id)
      if (administered.length === 0 || (app && !administered.includes(app)))
        throw fail.forbidden('only org admins and the app’s admins may search all its instances')
      filter.appIds = app ? [app] : administered
    }
    const initiator = query('initiator')
    if (initiator) filter.initiatorId = initiator
  } else throw fail.badRequest('invalid_query', 'scope is mine or all', '/scope')
  const status = query('status')
  if (status) filter.status = status
  const from = query('from')
  if (from) filter.from = instant(from, 'from', false, timeZone)
  const to = query('to')
  if (to) filter.until = instant(to, 'to', true, timeZone)
  const field = query('field')
  const value = query('value')
  if ((field === undefined) !== (value === undefined))
    throw fail.badRequest('invalid_query', 'field and value go together', field ? '/value' : '/field')
  if (field !== undefined && value !== undefined) {
    if (!identifier.test(field)) throw fail.badRequest('invalid_query', 'field must be a field id', '/field')
    filter.field = { id: field, value }
  }
  return filter
}
