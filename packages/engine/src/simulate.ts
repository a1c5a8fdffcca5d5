import type { Directory } from '@signoff/schemas'
import { applyUnchecked } from './apply.ts'
import type { EngineDefinition } from './model/definition.ts'
import type { Refusal } from './model/refusal.ts'
import type { Failure, InstanceStatus } from './model/state.ts'
import { type SimulatedStep, stepsOfVisits } from './path-steps.ts'
import { predict } from './predict.ts'

export interface Simulation {
  status: InstanceStatus
  steps: SimulatedStep[]
  failure?: Failure
  /** Set when the start itself was refused (e.g. the initiator may not start the app). */
  refusal?: Refusal
}

export interface SimulateOptions {
  /** When the instance would start: decides active delegations and `today`. */
  at?: string
  selectedApprovers?: Record<string, string[]>
}

/**
 * The predicted path of an instance started by `initiator` with `values`: every node it would pass, in
 * order (parallel branches included), and who would be asked at each, assuming everyone approves.
 */
export function simulate(
  definition: EngineDefinition,
  directory: Directory,
  initiator: string,
  values: Record<string, unknown>,
  options: SimulateOptions = {},
): Simulation {
  const at = options.at ?? '2000-01-01T00:00:00Z'
  // Unchecked: a missing choice of approvers shows as the step where the path fails, not as a refusal.
  const started = applyUnchecked(definition, directory, null, {
    type: 'start',
    actor: initiator,
    at,
    expectedVersion: 0,
    values,
    ...(options.selectedApprovers ? { selectedApprovers: options.selectedApprovers } : {}),
  })
  if (!started.ok) return { status: 'failed', steps: [], refusal: started.refusal }
  const predicted = predict(applyUnchecked, definition, directory, started.state, at)
  const visited = [...started.visited, ...predicted.visited]
  const { state } = predicted
  const steps = stepsOfVisits(definition, visited, state.tasks)
  return { status: state.status, steps, ...(state.failure ? { failure: state.failure } : {}) }
}
