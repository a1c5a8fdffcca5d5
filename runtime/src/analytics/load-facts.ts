import type { Db } from '../db/database.ts'
import type { InstanceFact, TaskFact } from './summarize.ts'

export interface FactWindow {
  tenantId: string
  appIds: readonly string[]
  /** Instances created from this instant (inclusive) … */
  from: string
  /** … to this one (exclusive). */
  until: string
}

/** Rows a dashboard reads: the window's instances and every task of them, tenant-scoped, no JSON parsed. */
export async function loadFacts(
  db: Db,
  window: FactWindow,
): Promise<{ instances: InstanceFact[]; tasks: TaskFact[] }> {
  if (window.appIds.length === 0) return { instances: [], tasks: [] }
  const instances = await db
    .selectFrom('instances')
    .select(['id', 'app_id', 'status', 'created_at', 'updated_at'])
    .where('tenant_id', '=', window.tenantId)
    .where('app_id', 'in', [...window.appIds])
    .where('created_at', '>=', window.from)
    .where('created_at', '<', window.until)
    .execute()
  const tasks = await db
    .selectFrom('tasks')
    .innerJoin('instances', (join) =>
      join
        .onRef('instances.tenant_id', '=', 'tasks.tenant_id')
        .onRef('instances.id', '=', 'tasks.instance_id'),
    )
    .select([
      'instances.app_id',
      'tasks.node',
      'tasks.kind',
      'tasks.assignee_id',
      'tasks.status',
      'tasks.created_at',
      'tasks.completed_at',
    ])
    .where('tasks.tenant_id', '=', window.tenantId)
    .where('instances.app_id', 'in', [...window.appIds])
    .where('instances.created_at', '>=', window.from)
    .where('instances.created_at', '<', window.until)
    .execute()
  return {
    instances: instances.map((row) => ({
      id: row.id,
      appId: row.app_id,
      status: row.status,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    tasks: tasks.map((row) => ({
      appId: row.app_id,
      node: row.node,
      kind: row.kind,
      assignee: row.assignee_id,
      status: row.status,
      createdAt: row.created_at,
      completedAt: row.completed_at,
    })),
  }
}
