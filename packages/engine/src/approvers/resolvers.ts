import type { ApproverRule } from '@signoff/schemas'
import { resolveDepartmentHead } from './department-head.ts'
import { resolveInitiator } from './initiator.ts'
import { resolveInitiatorSelects } from './initiator-selects.ts'
import { resolveMemberField } from './member-field.ts'
import type { ResolveContext, Resolver, RuleType } from './resolver.ts'
import { resolveRoles } from './roles.ts'
import { resolveSupervisor } from './supervisor.ts'
import { resolveSupervisorChain } from './supervisor-chain.ts'
import { resolveUsers } from './users.ts'

export const resolvers = {
  users: resolveUsers,
  roles: resolveRoles,
  supervisor: resolveSupervisor,
  supervisorChain: resolveSupervisorChain,
  departmentHead: resolveDepartmentHead,
  memberField: resolveMemberField,
  initiatorSelects: resolveInitiatorSelects,
  initiator: resolveInitiator,
} satisfies { [T in RuleType]: Resolver<T> }

/** The people a node's rules name, combined in order without repeats (before any policy applies). */
export function resolveRules(rules: readonly ApproverRule[], context: ResolveContext): string[] {
  const out: string[] = []
  for (const rule of rules) {
    const resolve = resolvers[rule.type as RuleType] as Resolver<RuleType>
    for (const id of resolve(rule, context)) if (!out.includes(id)) out.push(id)
  }
  return out
}
