import type { WorkCalendar } from '@signoff/schemas'
import type { Db } from '../db/database.ts'
import { fromJsonColumn, toJsonColumn } from '../db/json.ts'
import { orgRevisions } from './org-revisions.ts'

export const workCalendars = {
  /** The tenant's calendar, undefined when it never set one. */
  get: async (db: Db, tenantId: string): Promise<Required<WorkCalendar> | undefined> => {
    const row = await db
      .selectFrom('work_calendars')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst()
    if (!row) return undefined
    return { holidays: fromJsonColumn(row.holidays), workdays: fromJsonColumn(row.workdays) }
  },
  put: async (db: Db, tenantId: string, calendar: Required<WorkCalendar>, now: string) => {
    const values = {
      holidays: toJsonColumn(calendar.holidays),
      workdays: toJsonColumn(calendar.workdays),
      updated_at: now,
    }
    await db
      .insertInto('work_calendars')
      .values({ tenant_id: tenantId, ...values })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
      .execute()
    await orgRevisions.bump(db, tenantId)
  },
}
