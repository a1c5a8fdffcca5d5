import type { Kysely, Migration } from 'kysely'
import { jsonColumnType } from '../dialect.ts'

// The organization's work calendar (holidays and make-up working days), one row per tenant that set one.
export const workCalendars: Migration = {
  async up(db: Kysely<unknown>) {
    const json = jsonColumnType(db)
    await db.schema
      .createTable('work_calendars')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
      .addColumn('holidays', json, (c) => c.notNull())
      .addColumn('workdays', json, (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
  },
}
