import type { Directory, NodeKind } from '@signoff/schemas'
import { applyUnchecked } from './apply.ts'
import type { EngineDefinition } from './model/definition.ts'
import type { Refusal } from './model/refusal.ts'
import type { Failure, InstanceStatus, Task } from './model/state.ts'
import { predict } from './predict.ts'

export interface SimulatedAssignee {
  user: string
  delegatedFrom?: string
  /** Approved without being asked (de-duplication or the initiator policy). */
  auto?: boolean
}

export interface SimulatedStep {
  node: string
  kind: NodeKind
  /** Who is asked (approval, handler) or copied (cc) at this step, in order. */
  assignees: SimulatedAssignee[]
}

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

function assigneesOf(tasks: Task[]): SimulatedAssignee[] {
  return tasks.map((t) => ({
    user: t.assignee,
    ...(t.delegatedFrom === undefined ? {} : { delegatedFrom: t.delegatedFrom }),
    ...(t.outcome === 'autoApproved' ? { auto: true } : {}),
  }))
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
  const nodes = new Map(definition.flow.nodes.map((n) => [n.id, n]))
  // Each visit of a node made one step of tasks (cc, approval, handler), in the same order as the visits.
  const stepsByNode = new Map<string, string[]>()
  for (const task of state.tasks) {
    if (task.origin === 'returned') continue
    const steps = stepsByNode.get(task.node) ?? []
    if (!steps.includes(task.step)) steps.push(task.step)
    stepsByNode.set(task.node, steps)
  }
  const seen = new Map<string, number>()
  const steps: SimulatedStep[] = []
  for (const id of visited) {
    const visit = seen.get(id) ?? 0
    seen.set(id, visit + 1)
    const step = stepsByNode.get(id)?.[visit]
    const tasks = state.tasks.filter((t) => t.step === step && t.outcome !== 'transferred')
    // A join is entered once per arriving branch; the path shows it once.
    if (tasks.length === 0 && visit > 0) continue
    steps.push({ node: id, kind: nodes.get(id)?.kind as NodeKind, assignees: assigneesOf(tasks) })
  }
  return { status: state.status, steps, ...(state.failure ? { failure: state.failure } : {}) }
}
