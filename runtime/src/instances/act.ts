import { applyEvent, type EngineEvent } from '@signoff/engine'
import type { Principal } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import { loadDirectory } from '../org/directory.ts'
import { type LoadedInstance, loadInstance, loadVisibleInstance } from './load.ts'
import { refusalError } from './refusals.ts'
import { recordTransition } from './transition.ts'

type WithoutStamp<E> = E extends EngineEvent ? Omit<E, 'at' | 'expectedVersion'> : never

/** An event the caller makes: the service adds the time and the version. */
export type CallerEvent = WithoutStamp<EngineEvent>

export interface ActInput {
  principal: Principal
  instanceId: string
  event: CallerEvent
  /** The version the client saw (body expectedVersion or If-Match); without it, the version read now. */
  expectedVersion: number | undefined
}

/**
 * Applies one event to an instance in one transaction: read the instance, its pinned version and the
 * directory, let the engine decide, then record the state, tasks, event row and effects. Two
 * decisions at once give one transition and a 409 for the other: the engine refuses a stale
 * expected version, and the row update is a compare-and-set on the version read.
 */
export async function act(deps: Deps, input: ActInput): Promise<LoadedInstance> {
  const { principal } = input
  return deps.db.transaction().execute(async (trx) => {
    const instance = await loadVisibleInstance(trx, principal, input.instanceId)
    const directory = await loadDirectory(trx, principal.tenantId)
    const now = deps.now().toISOString()
    const event = {
      ...input.event,
      at: now,
      expectedVersion: input.expectedVersion ?? instance.row.version,
    } as EngineEvent
    const result = applyEvent(instance.definition, directory, instance.state, event)
    if (!result.ok) throw refusalError(result.refusal)
    await recordTransition(trx, {
      tenantId: principal.tenantId,
      instanceId: instance.row.id,
      event,
      result,
      now,
      readVersion: instance.row.version,
    })
    // Read back without the visibility check: the caller acted on it, whatever the event changed.
    const after = await loadInstance(trx, principal.tenantId, instance.row.id)
    if (!after) throw new Error('the instance vanished inside its own transaction')
    return after
  })
}
