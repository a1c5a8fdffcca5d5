import { type Permission, permissionsAt, remainingPath, type TimelineEntry, taskView } from '@signoff/engine'
import type { Directory } from '@signoff/schemas'
import type { Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'
import { instanceEvents } from '../repositories/instance-events.ts'
import type { InstanceSummaryRow } from '../repositories/instances.ts'
import type { TaskRow } from '../repositories/tasks.ts'
import { verifyChain } from './hash-chain.ts'
import type { LoadedInstance } from './load.ts'

export function taskSummary(row: TaskRow) {
  return {
    id: row.id,
    instanceId: row.instance_id,
    node: row.node,
    kind: row.kind,
    assignee: row.assignee_id,
    status: row.status,
    outcome: row.outcome,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  }
}

export function instanceSummary(row: InstanceSummaryRow) {
  return {
    id: row.id,
    appId: row.app_id,
    appVersion: row.app_version,
    serialNumber: row.serial_number,
    title: row.title,
    status: row.status,
    initiator: row.initiator_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/**
 * The answer to an action when the client asked for `Prefer: return=minimal`: the outcome (status,
 * version) and the tasks (who decides next), without the event log, chain check and predicted path
 * the full view reads and computes. A client that wants those fetches the instance.
 */
export function instanceOutcome(instance: Pick<LoadedInstance, 'row' | 'tasks'>) {
  return { ...instanceSummary(instance.row), tasks: instance.tasks.map(taskSummary) }
}

/** Timeline entries name the files that came with them by id; a reader wants their names (and links). */
async function withFileNames(db: Db, tenantId: string, timeline: TimelineEntry[]) {
  const ids = [...new Set(timeline.flatMap((entry) => entry.attachments ?? []))]
  if (ids.length === 0) return timeline
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute()
  const names = new Map(rows.map((row) => [row.id, row.name]))
  return timeline.map((entry) =>
    entry.attachments
      ? { ...entry, attachments: entry.attachments.map((id) => ({ id, name: names.get(id) ?? id })) }
      : entry,
  )
}

/**
 * The field permissions the caller sees the data with: a task they hold (an open one first) gives
 * that node's view; the initiator sees the start node's; admins, who hold no task, read everything.
 */
function callerPermissions(
  principal: Principal,
  instance: LoadedInstance,
): Record<string, Permission> | undefined {
  const mine = instance.tasks.filter((task) => task.assignee_id === principal.userId)
  const chosen = mine.find((task) => task.status === 'open') ?? mine.at(-1)
  if (chosen) return taskView(instance.definition, instance.state, chosen.engine_task_id)?.permissions
  const start = instance.definition.flow.nodes.find((node) => node.kind === 'start')
  if (instance.row.initiator_id === principal.userId && start)
    return Object.fromEntries(permissionsAt(instance.definition, start))
  return undefined
}

/**
 * The instance as this caller may see it: values under their field permissions, every task, the
 * timeline from the event log (and whether its hash chain verifies) and, while it runs, the rest of
 * the path: the steps under way and those the engine predicts if everyone approves.
 */
export async function instanceView(
  db: Db,
  principal: Principal,
  instance: LoadedInstance,
  directory: Directory,
  now: Date,
) {
  const events = await instanceEvents.list(db, principal.tenantId, instance.row.id)
  const permissions = callerPermissions(principal, instance)
  const values = Object.fromEntries(
    Object.entries(instance.state.values).filter(([id]) => permissions?.[id] !== 'hidden'),
  )
  const running = instance.state.status === 'running'
  return {
    ...instanceSummary(instance.row),
    values,
    ...(permissions ? { permissions } : {}),
    tasks: instance.tasks.map(taskSummary),
    timeline: await withFileNames(
      db,
      principal.tenantId,
      events.map((event) => fromJsonColumn<TimelineEntry>(event.timeline)),
    ),
    chainVerified: verifyChain(events).ok,
    ...(running
      ? {
          predictedPath: remainingPath(instance.definition, directory, instance.state, now.toISOString()),
        }
      : {}),
  }
}
