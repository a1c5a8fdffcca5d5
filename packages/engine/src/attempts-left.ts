import { withDefaults } from '@signoff/node-types'
import type { AutomationNode } from '@signoff/schemas'
import type { EngineDefinition } from './model/definition.ts'
import type { InstanceState } from './model/state.ts'

/**
 * Attempts not yet used (failed) at each automation that sends someone back to its retryFrom node
 * between attempts (re-entering a checked value), for telling that person how many tries remain.
 */
export function attemptsLeft(definition: EngineDefinition, state: InstanceState): Record<string, number> {
  const left: Record<string, number> = {}
  for (const node of definition.flow.nodes) {
    if (node.kind !== 'automation' || node.retryFrom === undefined) continue
    const pending = state.automations.find((a) => a.node === node.id)
    const used = pending ? pending.attempt - 1 : (state.attempts?.[node.id] ?? 0)
    left[node.id] = Math.max(withDefaults(node as AutomationNode).retry.maxAttempts - used, 0)
  }
  return left
}
