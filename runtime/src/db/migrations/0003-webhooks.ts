import type { Kysely, Migration } from 'kysely'
import { jsonColumnType } from '../dialect.ts'

// Outbound webhooks an org admin subscribes per app and instance event, and the log of every
// delivery attempt (to them and to automation webhooks).
export const webhooks: Migration = {
  async up(db: Kysely<unknown>) {
    const json = jsonColumnType(db)
    await db.schema
      .createTable('webhooks')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('app_id', 'text')
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('events', json, (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('webhooks_pk', ['tenant_id', 'id'])
      .execute()
    await db.schema
      .createTable('webhook_deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('outbox_id', 'text', (c) => c.notNull())
      .addColumn('webhook_id', 'text')
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('status', 'integer')
      .addColumn('error', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('webhook_deliveries_outbox_index')
      .on('webhook_deliveries')
      .columns(['outbox_id', 'webhook_id'])
      .execute()
  },
}
