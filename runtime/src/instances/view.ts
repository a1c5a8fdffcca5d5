import { type Permission, permissionsAt, simulate, type TimelineEntry, taskView } from '@signoff/engine'
import type { Directory } from '@signoff/schemas'
import type { Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import { fromJsonColumn } from '../db/json.ts'
import { instanceEvents } from '../repositories/instance-events.ts'
import type { InstanceRow } from '../repositories/instances.ts'
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

export function instanceSummary(row: InstanceRow) {
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
 * timeline from the event log (and whether its hash chain verifies) and, while it runs, the path
 * the engine predicts with the current values if everyone approves.
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
    timeline: events.map((event) => fromJsonColumn<TimelineEntry>(event.timeline)),
    chainVerified: verifyChain(events).ok,
    ...(running
      ? {
          predictedPath: simulate(
            instance.definition,
            directory,
            instance.row.initiator_id,
            instance.state.values,
            {
              at: now.toISOString(),
              selectedApprovers: instance.state.selectedApprovers,
            },
          ).steps,
        }
      : {}),
  }
}
