import type { BoundValues } from '@signoff/expression'
import { moveTo } from '../flow/advance.ts'
import { expressionScopeFor } from '../flow/expression-context.ts'
import { fail } from '../flow/lifecycle.ts'
import { eventDate, nodeLabel, note } from '../run.ts'
import { both } from '../text.ts'
import type { Executor } from './executor.ts'

/** Takes the first branch whose condition holds, in order, else the default branch. */
export const executeCondition: Executor<'condition'> = (run, token, node) => {
  const { state, definition } = run
  let failure: string | undefined
  // The values converted once for every branch; built at the first condition, so an error lands there.
  let bound: BoundValues | undefined
  const holds = (condition: NonNullable<(typeof node.branches)[number]['condition']>) => {
    try {
      bound ??= expressionScopeFor(definition.form, run.org, state.initiator, eventDate(run)).bind(
        state.values,
      )
      return bound.holds(condition)
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
      return false
    }
  }
  const branch =
    node.branches.find((b) => !b.default && b.condition !== undefined && holds(b.condition)) ??
    node.branches.find((b) => b.default)
  const label = nodeLabel(node)
  if (!branch) {
    const reason = failure ? `no branch holds (${failure})` : 'no branch holds and there is no default'
    fail(run, `${label.en}: ${reason}`, node.id)
    return
  }
  const edge = run.graph.outgoing(node.id).find((e) => e.branch === branch.id)
  if (!edge) {
    fail(run, `${label.en}: branch "${branch.id}" has no edge`, node.id)
    return
  }
  const name = both(branch.name)
  note(run, `${label['zh-CN']}：${name['zh-CN']}`, `${label.en}: ${name.en}`)
  moveTo(run, token, edge.target)
}
