import type { Kysely, Migration } from 'kysely'
import { jsonColumnType } from '../dialect.ts'

// Tenancy, organization, authentication, apps and their versions, and the admin audit log.
// Columns use only types every supported engine has (text, integer; JSON documents jsonb on
// PostgreSQL and text on SQLite); ids are text so a tenant's ids can be the identifiers its app
// definitions refer to.
export const foundation: Migration = {
  async up(db: Kysely<unknown>) {
    const json = jsonColumnType(db)
    await db.schema
      .createTable('tenants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('certification_level', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()

    await db.schema
      .createTable('departments')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('head_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('departments_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('departments_parent_fk', ['tenant_id', 'parent_id'], 'departments', [
        'tenant_id',
        'id',
      ])
      .execute()

    await db.schema
      .createTable('users')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('login', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('department_id', 'text')
      .addColumn('password_hash', 'text')
      .addColumn('active', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('users_pk', ['tenant_id', 'id'])
      .addUniqueConstraint('users_login_unique', ['tenant_id', 'login'])
      .addForeignKeyConstraint('users_department_fk', ['tenant_id', 'department_id'], 'departments', [
        'tenant_id',
        'id',
      ])
      .execute()
    await db.schema.createIndex('users_login_index').on('users').column('login').execute()

    await db.schema
      .createTable('roles')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('roles_pk', ['tenant_id', 'id'])
      .execute()

    await db.schema
      .createTable('user_roles')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('role_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('user_roles_pk', ['tenant_id', 'user_id', 'role_id'])
      .addForeignKeyConstraint('user_roles_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
      .addForeignKeyConstraint('user_roles_role_fk', ['tenant_id', 'role_id'], 'roles', ['tenant_id', 'id'])
      .execute()

    await db.schema
      .createTable('delegations')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('to_user_id', 'text', (c) => c.notNull())
      .addColumn('from_date', 'text', (c) => c.notNull())
      .addColumn('until_date', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('delegations_pk', ['tenant_id', 'id'])
      .addForeignKeyConstraint('delegations_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
      .addForeignKeyConstraint('delegations_to_fk', ['tenant_id', 'to_user_id'], 'users', ['tenant_id', 'id'])
      .execute()

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addForeignKeyConstraint('sessions_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
      .execute()

    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .addForeignKeyConstraint('api_tokens_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
      .execute()

    await db.schema
      .createTable('login_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('blocked_until', 'text')
      .execute()

    await db.schema
      .createTable('apps')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('draft', json, (c) => c.notNull())
      .addColumn('draft_revision', 'integer', (c) => c.notNull())
      .addColumn('current_version', 'integer')
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('apps_pk', ['tenant_id', 'id'])
      .addUniqueConstraint('apps_key_unique', ['tenant_id', 'key'])
      .execute()

    await db.schema
      .createTable('app_versions')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('app_id', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('content', json, (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('app_versions_pk', ['tenant_id', 'app_id', 'number'])
      .addForeignKeyConstraint('app_versions_app_fk', ['tenant_id', 'app_id'], 'apps', ['tenant_id', 'id'])
      .execute()

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('detail', json, (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('audit_log_tenant_index')
      .on('audit_log')
      .columns(['tenant_id', 'at'])
      .execute()
  },
}
