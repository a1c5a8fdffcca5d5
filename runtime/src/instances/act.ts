import { applyEvent, type EngineEvent } from '@signoff/engine'
import type { Principal } from '../auth/principal.ts'
import type { Db } from '../db/database.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import { loadDirectoryAt } from '../org/directory.ts'
import { linkAttachments, linkCommentFiles } from './attachment-links.ts'
import { type LoadedInstance, lockInstance, maySee } from './load.ts'
import { refusalError } from './refusals.ts'
import { recordTransition } from './transition.ts'

type WithoutStamp<E> = E extends EngineEvent ? Omit<E, 'at' | 'expectedVersion'> : never

/** An event as a caller or the scheduler makes it: the service adds the time and the version. */
export type CallerEvent = WithoutStamp<EngineEvent>

export interface TransactInput {
  tenantId: string
  instanceId: string
  event: CallerEvent
  /** The version the client saw (body expectedVersion or If-Match); without it, the version read now. */
  expectedVersion: number | undefined
  /** A check on the instance before the engine runs (visibility: throw to refuse). */
  guard?: (instance: LoadedInstance) => void
  /** Further writes that must commit with the transition (a timer row consumed, an outbox row delivered). */
  alsoWrite?: (trx: Db) => Promise<void>
}

/**
 * Applies one event to an instance in one transaction: read the instance, its pinned version and the
 * directory, let the engine decide, then record the state, tasks, event row and effects. Two
 * decisions at once give one transition and a 409 for the other: the engine refuses a stale
 * expected version, and the row update is a compare-and-set on the version read.
 */
export function transact(deps: Deps, input: TransactInput): Promise<LoadedInstance> {
  return deps.db.transaction().execute((trx) => transactIn(trx, deps, input))
}

/**
 * The same inside a transaction the caller holds, so that several events (a leaver's tasks across
 * instances) and the caller's own writes commit or roll back together.
 */
export async function transactIn(trx: Db, deps: Deps, input: TransactInput): Promise<LoadedInstance> {
  // Events on one instance queue here (across processes on PostgreSQL), so a decision that names no
  // version applies to the state the one before it left instead of failing its compare-and-set.
  const locked = await lockInstance(trx, input.tenantId, input.instanceId)
  if (!locked) throw fail.notFound('instance')
  const { orgRevision, ...instance } = locked
  input.guard?.(instance)
  await deps.interleave?.('instance.loaded', { subject: instance.row.id, db: trx })
  const directory = await loadDirectoryAt(trx, input.tenantId, orgRevision)
  const now = deps.now().toISOString()
  const event = {
    ...input.event,
    at: now,
    expectedVersion: input.expectedVersion ?? instance.row.version,
  } as EngineEvent
  const result = applyEvent(instance.definition, directory, instance.state, event)
  if (!result.ok) throw refusalError(result.refusal)
  if ('values' in event && event.values !== undefined && 'actor' in event)
    await linkAttachments(
      trx,
      {
        tenantId: input.tenantId,
        actorId: event.actor,
        instanceId: instance.row.id,
        form: instance.definition.form,
      },
      result.state.values,
    )
  if (event.type === 'comment' && event.attachments)
    await linkCommentFiles(
      trx,
      { tenantId: input.tenantId, actorId: event.actor, instanceId: instance.row.id },
      event.attachments,
    )
  // Before the transition's own writes: a timer the event consumes may be scheduled again under its id.
  await input.alsoWrite?.(trx)
  const recorded = await recordTransition(trx, {
    tenantId: input.tenantId,
    instanceId: instance.row.id,
    event,
    result,
    now,
    readVersion: instance.row.version,
    tasks: instance.tasks,
  })
  // What the transaction just wrote, rather than a read of it back.
  return {
    row: { ...instance.row, ...recorded.changes },
    state: result.state,
    definition: instance.definition,
    tasks: recorded.tasks,
  }
}

export interface ActInput {
  principal: Principal
  instanceId: string
  event: CallerEvent
  expectedVersion: number | undefined
}

/** A person's event: an instance they may not see is a 404, whatever they meant to do with it. */
export function act(deps: Deps, input: ActInput): Promise<LoadedInstance> {
  return transact(deps, {
    tenantId: input.principal.tenantId,
    instanceId: input.instanceId,
    event: input.event,
    expectedVersion: input.expectedVersion,
    guard: (instance) => {
      if (!maySee(input.principal, instance)) throw fail.notFound('instance')
    },
  })
}
