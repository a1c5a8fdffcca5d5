import type { ApproverRule } from '@signoff/schemas'
import type { Org } from '../org/org.ts'

export type RuleType = ApproverRule['type']
export type RuleOf<T extends RuleType> = Extract<ApproverRule, { type: T }>

/** What a rule resolves against: the org, who started the instance, its data and the initiator's picks for this node. */
export interface ResolveContext {
  org: Org
  initiator: string
  values: Record<string, unknown>
  selected: readonly string[]
}

/** The user ids a rule names, in a stable order; filtering (inactive, delegation, policies) happens afterwards. */
export type Resolver<T extends RuleType> = (rule: RuleOf<T>, context: ResolveContext) => string[]

/** A field value that names one id or several. */
export function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '')
  return []
}
