import type { Kysely, Migration } from 'kysely'

// One row per tenant whose organization was ever written: a token replaced in the same transaction
// as every org write, so each process can keep the directory in memory and reload it only when the
// token it read differs from the one it cached.
export const orgRevisions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('org_revisions')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      .addColumn('revision', 'text', (c) => c.notNull())
      .execute()
  },
}
