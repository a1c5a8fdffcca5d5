import type { NodeKind } from '@signoff/schemas'
import type { EngineDefinition } from './model/definition.ts'
import type { Task } from './model/state.ts'

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

export function assigneesOf(tasks: Task[]): SimulatedAssignee[] {
  return tasks.map((t) => ({
    user: t.assignee,
    ...(t.delegatedFrom === undefined ? {} : { delegatedFrom: t.delegatedFrom }),
    ...(t.outcome === 'autoApproved' ? { auto: true } : {}),
  }))
}

export function kindOf(definition: EngineDefinition, node: string): NodeKind {
  return definition.flow.nodes.find((n) => n.id === node)?.kind as NodeKind
}

/**
 * One step per node visit, in visit order, each with the tasks that visit made. `tasks` are the tasks
 * the visits created (made in the same order as the visits).
 */
export function stepsOfVisits(
  definition: EngineDefinition,
  visited: string[],
  tasks: Task[],
): SimulatedStep[] {
  const stepsByNode = new Map<string, string[]>()
  for (const task of tasks) {
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
    const asked = tasks.filter((t) => t.step === step && t.outcome !== 'transferred')
    // A join is entered once per arriving branch; the path shows it once.
    if (asked.length === 0 && visit > 0) continue
    steps.push({ node: id, kind: kindOf(definition, id), assignees: assigneesOf(asked) })
  }
  return steps
}
