import type { Kysely, Migration } from 'kysely'

// One row per organization while one of its admins is starting a certification application, so two
// applies at once cannot both pass the "no application under way" check.
export const certificationApplyClaims: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('certification_apply_claims')
      .addColumn('org_tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
      .addColumn('token', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'text', (c) => c.notNull())
      .execute()
  },
}
