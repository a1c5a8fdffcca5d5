import type { Kysely, Migration } from 'kysely'

// The organization's work calendar (holidays and make-up working days), one row per tenant that set one.
export const workCalendars: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('work_calendars')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
      .addColumn('holidays', 'text', (c) => c.notNull())
      .addColumn('workdays', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
  },
}
