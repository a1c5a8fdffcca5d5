import type { Kysely, Migration } from 'kysely'

// Organization certification: who applies on behalf of which organization (a stand-in user on the
// platform tenant), the micro-deposits sent and checked, the simulated bank's ledger, and each
// organization's granted certification.
export const certification: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('certification_applicants')
      .addColumn('org_tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('org_user_id', 'text', (c) => c.notNull())
      .addColumn('platform_tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('platform_user_id', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('certification_applicants_pk', ['org_tenant_id', 'org_user_id'])
      .execute()
    await db.schema
      .createTable('certification_deposits')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('instance_id', 'text', (c) => c.notNull())
      .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
      .addColumn('account_number', 'text', (c) => c.notNull())
      .addColumn('amount', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('wrong_attempts', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('certification_deposits_instance')
      .on('certification_deposits')
      .columns(['tenant_id', 'instance_id', 'status'])
      .execute()
    await db.schema
      .createTable('simulated_bank_transfers')
      .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
      .addColumn('account_number', 'text', (c) => c.notNull())
      .addColumn('account_name', 'text', (c) => c.notNull())
      .addColumn('amount', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('tenant_certifications')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('credit_code', 'text', (c) => c.notNull().unique())
      .addColumn('enterprise_name', 'text', (c) => c.notNull())
      .addColumn('certified_at', 'text', (c) => c.notNull())
      .addColumn('app_id', 'text', (c) => c.notNull())
      .addColumn('app_version', 'integer', (c) => c.notNull())
      .addColumn('instance_id', 'text', (c) => c.notNull())
      .execute()
  },
}
