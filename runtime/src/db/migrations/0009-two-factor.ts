import type { Kysely, Migration } from 'kysely'

// Two-factor sign-in: one TOTP secret per user (sealed with the server secret), its one-time
// recovery codes (keyed hashes), the short-lived challenges between the password and the code, and
// each tenant's rule that its admins must use it.
export const twoFactor: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('two_factor_secrets')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('sealed_secret', 'text', (c) => c.notNull())
      .addColumn('confirmed_at', 'text')
      .addColumn('last_used_step', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('two_factor_secrets_pk', ['tenant_id', 'user_id'])
      .addForeignKeyConstraint('two_factor_secrets_user_fk', ['tenant_id', 'user_id'], 'users', [
        'tenant_id',
        'id',
      ])
      .execute()

    await db.schema
      .createTable('two_factor_recovery_codes')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addPrimaryKeyConstraint('two_factor_recovery_codes_pk', ['tenant_id', 'user_id', 'code_hash'])
      .addForeignKeyConstraint('two_factor_recovery_codes_user_fk', ['tenant_id', 'user_id'], 'users', [
        'tenant_id',
        'id',
      ])
      .execute()

    await db.schema
      .createTable('two_factor_challenges')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('two_factor_challenges_user_fk', ['tenant_id', 'user_id'], 'users', [
        'tenant_id',
        'id',
      ])
      .execute()

    await db.schema
      .createTable('two_factor_policies')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
      .addColumn('require_for_admins', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
  },
}
