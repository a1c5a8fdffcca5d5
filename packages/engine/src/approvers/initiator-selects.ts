import type { ApproverRule, InitiatorSelectsRule } from '@signoff/schemas'
import type { Resolver } from './resolver.ts'

/** The users the initiator picked for this node at start (checked against the candidates then). */
export const resolveInitiatorSelects: Resolver<'initiatorSelects'> = (_rule, { selected }) => [...selected]

export function isSelectRule(rule: ApproverRule): rule is ApproverRule & InitiatorSelectsRule {
  return rule.type === 'initiatorSelects'
}
