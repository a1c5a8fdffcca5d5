import type { Directory } from '@signoff/schemas'
import { applyUnchecked } from './apply.ts'
import type { EngineDefinition } from './model/definition.ts'
import type { InstanceState } from './model/state.ts'
import { assigneesOf, kindOf, type SimulatedStep, stepsOfVisits } from './path-steps.ts'
import { predict } from './predict.ts'

/**
 * What is left of a running instance's path: first the steps under way (where its tokens wait, with
 * whoever is still to act there), then the steps still to come if everyone approves, predicted from the
 * real state, so transfers, added signers and the approvals already given are taken into account.
 */
export function remainingPath(
  definition: EngineDefinition,
  directory: Directory,
  state: InstanceState,
  at: string,
): SimulatedStep[] {
  if (state.status !== 'running') return []
  const current: SimulatedStep[] = []
  for (const token of state.tokens) {
    // A branch waiting at a join is not a step of its own; the join shows up when the last one arrives.
    const kind = kindOf(definition, token.node)
    if (kind === 'join' || current.some((step) => step.node === token.node)) continue
    const waiting = state.tasks.filter(
      (t) => t.token === token.id && t.node === token.node && (t.status === 'open' || t.status === 'queued'),
    )
    current.push({ node: token.node, kind, assignees: assigneesOf(waiting) })
  }
  const known = new Set(state.tasks.map((t) => t.id))
  const predicted = predict(applyUnchecked, definition, directory, state, at)
  const created = predicted.state.tasks.filter((t) => !known.has(t.id))
  return [...current, ...stepsOfVisits(definition, predicted.visited, created)]
}
