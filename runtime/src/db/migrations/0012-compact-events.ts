import { type Kysely, type Migration, sql } from 'kysely'
import { compactEvent, hashBytes } from '../../instances/event-storage.ts'
import { chainStart } from '../../instances/hash-chain.ts'
import { dialectOf, jsonColumnType } from '../dialect.ts'

// Fewer bytes per instance (bench workload 1), the audit trail unchanged in meaning:
// - instance_events keeps each hash as its 32 bytes instead of 64 hex characters, no longer stores
//   prev_hash (the hash of the row before, which the reader has in hand), and stores the event and
//   its timeline entry without the keys its columns hold (instances/event-storage.ts). The hash is
//   still taken over the whole event as the engine produced it, so no hash changes and every chain
//   verifies as before: no new anchor, no format version. Before the stored links go, each is
//   checked against the row before: a database where one does not match is not migrated (that link
//   is the only evidence the re-encoding would drop), the operator runs `signoff verify-audit` first.
// - notifications are keyed by (tenant, user, time, id): the inbox order, so the table is its own
//   index instead of a rowid table, an id index and a user index.
// - each inbox index holds only the rows its box lists (partial indexes), so a completed instance's
//   tasks are in none but the done index (if decided) or the CC index (if CC), and the columns the
//   filter fixes drop out. Queued tasks (listed in no box, but handed over when their holder leaves,
//   org/reassign-tasks.ts) get an index of their own rows, empty once the instance ends.
// On SQLite the notices are a WITHOUT ROWID table (the key is the table, no b-tree of its own), the
// events stay a rowid table: their rows are large and written in time order, so appended pages are
// full, where a table ordered by (tenant, instance, seq) would split pages at random instance ids.
// Both are rebuilt (create, copy, drop, rename): neither is referenced by a foreign key.

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
type AnyDb = Kysely<any>

const page = 500

interface OldEventRow {
  tenant_id: string
  instance_id: string
  seq: number
  type: string
  event: string
  timeline: string
  actor: string
  at: string
  prev_hash: string
  hash: string
}

const withoutRowid = (db: AnyDb) => (dialectOf(db) === 'sqlite' ? sql`without rowid` : sql``)

async function createEvents(db: AnyDb) {
  const json = jsonColumnType(db)
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
    .addColumn('hash', dialectOf(db) === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_events_pk', ['tenant_id', 'instance_id', 'seq'])
    .addForeignKeyConstraint('instance_events_instance_fk', ['tenant_id', 'instance_id'], 'instances', [
      'tenant_id',
      'id',
    ])
    .execute()
}

/** Old rows in chain order, a page at a time. */
async function* oldEvents(db: AnyDb) {
  let after = { tenant: '', instance: '', seq: 0 }
  for (;;) {
    const rows = (await db
      .selectFrom('instance_events_0011')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('tenant_id', '>', after.tenant),
          eb.and([
            eb('tenant_id', '=', after.tenant),
            eb.or([
              eb('instance_id', '>', after.instance),
              eb.and([eb('instance_id', '=', after.instance), eb('seq', '>', after.seq)]),
            ]),
          ]),
        ]),
      )
      .orderBy('tenant_id')
      .orderBy('instance_id')
      .orderBy('seq')
      .limit(page)
      .execute()) as OldEventRow[]
    yield rows
    const last = rows.at(-1)
    if (!last || rows.length < page) return
    after = { tenant: last.tenant_id, instance: last.instance_id, seq: last.seq }
  }
}

async function compactEvents(db: AnyDb) {
  let previous: OldEventRow | undefined
  for await (const rows of oldEvents(db)) {
    const values = rows.map((row) => {
      const sameInstance = previous?.tenant_id === row.tenant_id && previous.instance_id === row.instance_id
      const link = sameInstance ? (previous as OldEventRow).hash : chainStart
      if (row.prev_hash !== link || !/^[0-9a-f]{64}$/.test(row.hash))
        throw new Error(
          `instance ${row.tenant_id}/${row.instance_id}, event ${row.seq}: its stored link or hash does not ` +
            'match the chain; run `signoff verify-audit` and resolve it before upgrading',
        )
      previous = row
      const event = typeof row.event === 'string' ? JSON.parse(row.event) : row.event
      const timeline = typeof row.timeline === 'string' ? JSON.parse(row.timeline) : row.timeline
      const stored = compactEvent(row, event, timeline)
      return {
        tenant_id: row.tenant_id,
        instance_id: row.instance_id,
        seq: row.seq,
        type: row.type,
        event: JSON.stringify(stored.event),
        timeline: JSON.stringify(stored.timeline),
        actor: row.actor,
        at: row.at,
        hash: hashBytes(row.hash),
      }
    })
    if (values.length > 0) await db.insertInto('instance_events').values(values).execute()
  }
}

async function rebuildEvents(db: AnyDb) {
  await db.schema.alterTable('instance_events').renameTo('instance_events_0011').execute()
  if (dialectOf(db) === 'postgres') {
    // Constraint names are per schema on PostgreSQL: the new table takes the old ones.
    await sql`alter table instance_events_0011 rename constraint instance_events_pk to instance_events_0011_pk`.execute(
      db,
    )
    await sql`alter table instance_events_0011 rename constraint instance_events_instance_fk to instance_events_0011_fk`.execute(
      db,
    )
  }
  await createEvents(db)
  await compactEvents(db)
  await db.schema.dropTable('instance_events_0011').execute()
}

async function rebuildNotifications(db: AnyDb) {
  await db.schema.dropIndex('notifications_user_index').execute()
  await db.schema.alterTable('notifications').renameTo('notifications_0011').execute()
  await db.schema
    .createTable('notifications')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addPrimaryKeyConstraint('notifications_pk', ['tenant_id', 'user_id', 'created_at', 'id'])
    .modifyEnd(withoutRowid(db))
    .execute()
  await db
    .insertInto('notifications')
    .columns(['tenant_id', 'user_id', 'created_at', 'id', 'instance_id', 'task_id', 'reason', 'read_at'])
    .expression(
      db
        .selectFrom('notifications_0011')
        .select(['tenant_id', 'user_id', 'created_at', 'id', 'instance_id', 'task_id', 'reason', 'read_at']),
    )
    .execute()
  await db.schema.dropTable('notifications_0011').execute()
}

async function partialTaskIndexes(db: AnyDb) {
  await db.schema.dropIndex('tasks_inbox_index').execute()
  await db.schema.dropIndex('tasks_done_index').execute()
  await db.schema.dropIndex('tasks_cc_index').execute()
  // The box queries (repositories/tasks.ts) carry these very filters, so both engines match them to
  // the index; `kind` stays in the todo and done indexes so their counts are read off the index alone.
  await db.schema
    .createIndex('tasks_todo_index')
    .on('tasks')
    .columns(['tenant_id', 'assignee_id', 'created_at desc', 'id', 'kind'])
    .where(sql<boolean>`status = 'open'`)
    .execute()
  await db.schema
    .createIndex('tasks_queued_index')
    .on('tasks')
    .columns(['tenant_id', 'assignee_id', 'created_at', 'id'])
    .where(sql<boolean>`status = 'queued'`)
    .execute()
  await db.schema
    .createIndex('tasks_done_index')
    .on('tasks')
    .columns(['tenant_id', 'assignee_id', 'completed_at desc', 'id', 'kind'])
    .where(sql<boolean>`status = 'done' and kind <> 'cc'`)
    .execute()
  await db.schema
    .createIndex('tasks_cc_index')
    .on('tasks')
    .columns(['tenant_id', 'assignee_id', 'created_at desc', 'id'])
    .where(sql<boolean>`kind = 'cc'`)
    .execute()
}

export const compactEventsAndNotices: Migration = {
  async up(db: AnyDb) {
    // PostgreSQL runs each migration in a transaction; on SQLite Kysely does not, so the rebuild
    // takes one of its own (a crash half-way leaves the old tables as they were).
    const run = async (trx: AnyDb) => {
      await rebuildEvents(trx)
      await rebuildNotifications(trx)
      await partialTaskIndexes(trx)
    }
    if (dialectOf(db) === 'sqlite') await db.transaction().execute(run)
    else await run(db)
  },
}
