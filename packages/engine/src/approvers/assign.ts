import type { ApproverRule, EmptyAssigneePolicy } from '@signoff/schemas'
import type { Org } from '../org/org.ts'
import type { ResolveContext } from './resolver.ts'
import { resolveRules } from './resolvers.ts'

/** One person a node asks; `auto` means their task is approved at once, with the reason. */
export interface Assignment {
  user: string
  delegatedFrom?: string
  auto?: 'dedupe' | 'initiatorIsApprover'
}

export interface AssignPolicies {
  /** Approval nodes only: what happens when the initiator is among the approvers. */
  initiatorIsApprover?: 'self' | 'supervisor' | 'autoApprove'
  dedupe?: boolean
  /** Absent (cc): nobody to tell is simply nobody. */
  emptyPolicy?: EmptyAssigneePolicy
}

export type AssignOutcome =
  | { type: 'assign'; assignments: Assignment[]; emptyPolicy?: EmptyAssigneePolicy['action'] }
  | { type: 'pass' }
  | { type: 'fail'; reason: string }

export interface AssignInput extends ResolveContext {
  rules: readonly ApproverRule[]
  policies: AssignPolicies
  /** YYYY-MM-DD of the event: which delegations are active. */
  date: string
  approvedBy: readonly string[]
  admins: readonly string[]
}

function applyInitiatorPolicy(users: string[], input: AssignInput, org: Org): Assignment[] {
  const policy = input.policies.initiatorIsApprover
  return users.flatMap((user): Assignment[] => {
    if (user !== input.initiator || policy === undefined || policy === 'self') return [{ user }]
    if (policy === 'autoApprove') return [{ user, auto: 'initiatorIsApprover' }]
    const supervisor = org.supervisorOf(user)
    return supervisor !== undefined && org.isActive(supervisor) ? [{ user: supervisor }] : []
  })
}

function applyDelegation(assignments: Assignment[], date: string, org: Org): Assignment[] {
  return assignments.map((a) => {
    if (a.auto) return a
    const delegate = org.delegateOn(a.user, date)
    if (delegate === undefined || delegate === a.user || !org.isActive(delegate)) return a
    return { user: delegate, delegatedFrom: a.user }
  })
}

function unique(assignments: Assignment[]): Assignment[] {
  const seen = new Set<string>()
  return assignments.filter((a) => !seen.has(a.user) && seen.add(a.user))
}

function applyEmptyPolicy(input: AssignInput, org: Org): AssignOutcome {
  const policy = input.policies.emptyPolicy
  if (policy === undefined) return { type: 'assign', assignments: [] }
  const to = (users: readonly string[], reason: string): AssignOutcome => {
    const active = users.filter((u) => org.isActive(u))
    return active.length === 0
      ? { type: 'fail', reason }
      : { type: 'assign', assignments: active.map((user) => ({ user })), emptyPolicy: policy.action }
  }
  switch (policy.action) {
    case 'autoApprove':
      return { type: 'pass' }
    case 'toAdmin':
      return to(input.admins, 'nobody to assign and the app has no active admin')
    case 'toUser':
      return to(
        policy.user === undefined ? [] : [policy.user],
        'nobody to assign and the fallback user is not active',
      )
    case 'error':
      return { type: 'fail', reason: 'the approver rules resolve to nobody' }
  }
}

/**
 * Who a node asks: the rules' people, without inactive users, with the initiator policy, out-of-office
 * delegation and de-duplication applied; nobody left falls to the node's empty policy.
 */
export function assign(input: AssignInput): AssignOutcome {
  const { org } = input
  // An initiator from outside the directory (an organization applying to the platform) still counts.
  const named = resolveRules(input.rules, input).filter(
    (u) => org.isActive(u) || (u === input.initiator && org.user(u) === undefined),
  )
  const delegated = applyDelegation(applyInitiatorPolicy(named, input, org), input.date, org)
  const assignments = unique(delegated).map(
    (a): Assignment =>
      !a.auto && input.policies.dedupe && input.approvedBy.includes(a.user) ? { ...a, auto: 'dedupe' } : a,
  )
  return assignments.length > 0 ? { type: 'assign', assignments } : applyEmptyPolicy(input, org)
}
