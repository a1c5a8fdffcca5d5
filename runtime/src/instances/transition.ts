import type { ApplyResult, EngineEvent, InstanceState } from '@signoff/engine'
import type { Db } from '../db/database.ts'
import { toJsonColumn } from '../db/json.ts'
import { newId } from '../ids.ts'
import { instanceEvents } from '../repositories/instance-events.ts'
import { instances } from '../repositories/instances.ts'
import { tasks } from '../repositories/tasks.ts'
import { applyEffects } from './effects.ts'
import { chainStart, eventHash } from './hash-chain.ts'
import { conflictError } from './refusals.ts'

export type Accepted = Extract<ApplyResult, { ok: true }>

export interface Transition {
  tenantId: string
  instanceId: string
  event: EngineEvent
  result: Accepted
  now: string
  /** The version the state was read at; null for a start, whose row the caller inserts. */
  readVersion: number | null
}

/** Rewrites the task projection from the state; returns engine task id → public task id. */
async function projectTasks(db: Db, tenantId: string, instanceId: string, state: InstanceState) {
  const existing = new Map(
    (await tasks.ofInstance(db, tenantId, instanceId)).map((row) => [row.engine_task_id, row]),
  )
  const ids = new Map<string, string>()
  for (const task of state.tasks) {
    const fields = {
      assignee_id: task.assignee,
      status: task.status,
      outcome: task.outcome ?? null,
      completed_at: task.completedAt ?? null,
    }
    const row = existing.get(task.id)
    if (row) {
      ids.set(task.id, row.id)
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).some((key) => row[key] !== fields[key])
      if (changed) await tasks.update(db, tenantId, row.id, fields)
      continue
    }
    const id = newId('task')
    ids.set(task.id, id)
    await tasks.insert(db, {
      tenant_id: tenantId,
      id,
      instance_id: instanceId,
      engine_task_id: task.id,
      node: task.node,
      kind: task.kind,
      created_at: task.createdAt,
      ...fields,
    })
  }
  return ids
}

/**
 * Records an accepted event inside the caller's transaction: the instance row (compare-and-set on
 * the version read: losing the race is a 409), the task projection, the next hash-chained event row,
 * and the effects (outbox, timers, in-app notices). Either all of it commits or none.
 */
export async function recordTransition(db: Db, transition: Transition): Promise<void> {
  const { tenantId, instanceId, result, now } = transition
  if (transition.readVersion !== null) {
    const written = await instances.update(db, tenantId, instanceId, transition.readVersion, {
      status: result.state.status,
      state: toJsonColumn(result.state),
      version: result.state.version,
      updated_at: now,
    })
    if (!written) throw conflictError()
  }
  const taskIds = await projectTasks(db, tenantId, instanceId, result.state)
  const previous = await instanceEvents.last(db, tenantId, instanceId)
  const prevHash = previous?.hash ?? chainStart
  const content = {
    seq: result.state.version,
    type: transition.event.type,
    event: toJsonColumn(transition.event),
    timeline: toJsonColumn(result.timeline),
    actor: result.timeline.actor,
    at: transition.event.at,
  }
  await instanceEvents.append(db, {
    tenant_id: tenantId,
    instance_id: instanceId,
    ...content,
    prev_hash: prevHash,
    hash: eventHash(prevHash, content),
  })
  await applyEffects(
    db,
    { tenantId, instanceId, version: result.state.version, now, taskIds },
    result.effects,
  )
}
