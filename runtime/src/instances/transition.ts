import type { ApplyResult, EngineEvent, InstanceState } from '@signoff/engine'
import type { Db } from '../db/database.ts'
import { toJsonColumn } from '../db/json.ts'
import { newId } from '../ids.ts'
import { instanceEvents } from '../repositories/instance-events.ts'
import { type InstanceRow, instances } from '../repositories/instances.ts'
import { type TaskRow, tasks } from '../repositories/tasks.ts'
import { applyEffects } from './effects.ts'
import { chainStart } from './hash-chain.ts'
import { conflictError } from './refusals.ts'

export type Accepted = Extract<ApplyResult, { ok: true }>

/** What a transition wrote, so the caller need not read it back. */
export interface Recorded {
  /** The instance's task rows as they now are, in the order tasks.ofInstance reads them. */
  tasks: TaskRow[]
  /** The columns of the instance row it updated (none for a start, whose row the caller inserted). */
  changes: Pick<InstanceRow, 'status' | 'state' | 'version' | 'updated_at'> | undefined
}

export interface Transition {
  tenantId: string
  instanceId: string
  event: EngineEvent
  result: Accepted
  now: string
  /** The version the state was read at; null for a start, whose row the caller inserts. */
  readVersion: number | null
  /** The instance's task rows as read in this transaction (none for a start). */
  tasks: readonly TaskRow[]
}

const byCreation = (a: TaskRow, b: TaskRow) =>
  a.created_at === b.created_at
    ? a.engine_task_id < b.engine_task_id
      ? -1
      : Number(a.engine_task_id > b.engine_task_id)
    : a.created_at < b.created_at
      ? -1
      : 1

/**
 * Rewrites the task projection from the state, given its rows as read in this transaction; returns
 * them as they are now, in the order tasks.ofInstance reads them (by creation, then engine task id).
 */
async function projectTasks(
  db: Db,
  tenantId: string,
  instanceId: string,
  state: InstanceState,
  before: readonly TaskRow[],
): Promise<TaskRow[]> {
  const existing = new Map(before.map((row) => [row.engine_task_id, row]))
  const after: TaskRow[] = []
  for (const task of state.tasks) {
    const fields = {
      assignee_id: task.assignee,
      status: task.status,
      outcome: task.outcome ?? null,
      completed_at: task.completedAt ?? null,
    }
    const row = existing.get(task.id)
    if (row) {
      existing.delete(task.id)
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).some((key) => row[key] !== fields[key])
      if (changed) await tasks.update(db, tenantId, row.id, fields)
      after.push(changed ? { ...row, ...fields } : row)
      continue
    }
    const inserted: TaskRow = {
      tenant_id: tenantId,
      id: newId('task'),
      instance_id: instanceId,
      engine_task_id: task.id,
      node: task.node,
      kind: task.kind,
      created_at: task.createdAt,
      ...fields,
    }
    await tasks.insert(db, inserted)
    after.push(inserted)
  }
  // Rows the state no longer names stay as they were (the projection never deletes).
  after.push(...existing.values())
  return after.sort(byCreation)
}

/**
 * Records an accepted event inside the caller's transaction: the instance row (compare-and-set on
 * the version read: losing the race is a 409), the task projection, the next hash-chained event row,
 * and the effects (outbox, timers, in-app notices). Either all of it commits or none.
 */
export async function recordTransition(db: Db, transition: Transition): Promise<Recorded> {
  const { tenantId, instanceId, result, now } = transition
  let changes: Recorded['changes']
  if (transition.readVersion !== null) {
    changes = {
      status: result.state.status,
      state: toJsonColumn(result.state),
      version: result.state.version,
      updated_at: now,
    }
    const written = await instances.update(db, tenantId, instanceId, transition.readVersion, changes)
    if (!written) throw conflictError()
  }
  const taskRows = await projectTasks(db, tenantId, instanceId, result.state, transition.tasks)
  const taskIds = new Map(taskRows.map((row) => [row.engine_task_id, row.id]))
  const prevHash = (await instanceEvents.lastHash(db, tenantId, instanceId)) ?? chainStart
  await instanceEvents.append(
    db,
    {
      tenant_id: tenantId,
      instance_id: instanceId,
      seq: result.state.version,
      type: transition.event.type,
      event: transition.event,
      timeline: result.timeline,
      actor: result.timeline.actor,
      at: transition.event.at,
    },
    prevHash,
  )
  await applyEffects(
    db,
    { tenantId, instanceId, version: result.state.version, status: result.state.status, now, taskIds },
    result.effects,
  )
  return { tasks: taskRows, changes }
}
