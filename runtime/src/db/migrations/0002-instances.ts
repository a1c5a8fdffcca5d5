import type { Kysely, Migration } from 'kysely'
import { jsonColumnType } from '../dialect.ts'

// Instances and what hangs off them: the task projection for inboxes, the hash-chained event log,
// idempotency keys, serial-number counters, the outbox, durable timers and in-app notifications.
// The engine state (JSON) is the truth of an instance; `tasks` is a projection rewritten in the same
// transaction so inbox queries need not parse states.
export const instances: Migration = {
  async up(db: Kysely<unknown>) {
    const json = jsonColumnType(db)
    await db.schema
      .createTable('instances')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('app_id', 'text', (c) => c.notNull())
      .addColumn('app_version', 'integer', (c) => c.notNull())
      .addColumn('serial_number', 'text', (c) => c.notNull())
      .addColumn('initiator_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('state', json, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('instances_pk', ['tenant_id', 'id'])
      .addUniqueConstraint('instances_serial_unique', ['tenant_id', 'app_id', 'serial_number'])
      .addForeignKeyConstraint(
        'instances_version_fk',
        ['tenant_id', 'app_id', 'app_version'],
        'app_versions',
        ['tenant_id', 'app_id', 'number'],
      )
      .execute()
    await db.schema
      .createIndex('instances_initiator_index')
      .on('instances')
      .columns(['tenant_id', 'initiator_id', 'created_at'])
      .execute()

    await db.schema
      .createTable('tasks')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('instance_id', 'text', (c) => c.notNull())
      .addColumn('engine_task_id', 'text', (c) => c.notNull())
      .addColumn('node', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('assignee_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('completed_at', 'text')
      .addPrimaryKeyConstraint('tasks_pk', ['tenant_id', 'id'])
      .addUniqueConstraint('tasks_engine_unique', ['tenant_id', 'instance_id', 'engine_task_id'])
      .addForeignKeyConstraint('tasks_instance_fk', ['tenant_id', 'instance_id'], 'instances', [
        'tenant_id',
        'id',
      ])
      .execute()
    await db.schema
      .createIndex('tasks_inbox_index')
      .on('tasks')
      .columns(['tenant_id', 'assignee_id', 'status', 'created_at'])
      .execute()

    await db.schema
      .createTable('instance_events')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('instance_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('event', json, (c) => c.notNull())
      .addColumn('timeline', json, (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('instance_events_pk', ['tenant_id', 'instance_id', 'seq'])
      .addForeignKeyConstraint('instance_events_instance_fk', ['tenant_id', 'instance_id'], 'instances', [
        'tenant_id',
        'id',
      ])
      .execute()

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('response_status', 'integer', (c) => c.notNull())
      .addColumn('response_body', json, (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['tenant_id', 'user_id', 'key'])
      .execute()

    await db.schema
      .createTable('serial_counters')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('app_id', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('value', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('serial_counters_pk', ['tenant_id', 'app_id', 'period'])
      .execute()

    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('instance_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', json, (c) => c.notNull())
      .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_at', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text')
      .addColumn('delivered_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('outbox_due_index')
      .on('outbox')
      .columns(['delivered_at', 'next_at'])
      .execute()

    await db.schema
      .createTable('timers')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('instance_id', 'text', (c) => c.notNull())
      .addColumn('timer_id', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text')
      .addPrimaryKeyConstraint('timers_pk', ['tenant_id', 'instance_id', 'timer_id'])
      .execute()
    await db.schema.createIndex('timers_due_index').on('timers').column('due_at').execute()

    await db.schema
      .createTable('notifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('instance_id', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .execute()
    await db.schema
      .createIndex('notifications_user_index')
      .on('notifications')
      .columns(['tenant_id', 'user_id', 'created_at'])
      .execute()
  },
}
