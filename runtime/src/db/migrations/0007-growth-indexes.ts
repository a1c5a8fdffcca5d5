import type { Kysely, Migration } from 'kysely'

// Indexes in the exact order the inboxes and the instance search sort by (newest first, then id),
// so a page reads its rows off the index and stops at the limit instead of sorting the tenant's or
// the user's whole history: latency stays flat as history grows (bench workload 4).
export const growthIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('instances_recent_index')
      .on('instances')
      .columns(['tenant_id', 'created_at desc', 'id'])
      .execute()
    await db.schema
      .createIndex('instances_status_index')
      .on('instances')
      .columns(['tenant_id', 'status', 'created_at desc', 'id'])
      .execute()
    // The done box: my decided tasks by completion time; `kind` last so its count (kind is not cc)
    // is answered from the index without reading the rows.
    await db.schema
      .createIndex('tasks_done_index')
      .on('tasks')
      .columns(['tenant_id', 'assignee_id', 'status', 'completed_at desc', 'id', 'kind'])
      .execute()
    // The CC box: by kind, so it never walks my decisions.
    await db.schema
      .createIndex('tasks_cc_index')
      .on('tasks')
      .columns(['tenant_id', 'assignee_id', 'kind', 'created_at desc', 'id'])
      .execute()
  },
}
