import type { AppDefinition } from '@signoff/schemas'
import type { User } from '../api/types.ts'

/** A step whose approvers the initiator picks when starting (an `initiatorSelects` rule). */
export interface Selection {
  node: string
  name: AppDefinition['flow']['nodes'][number]['name']
  multiple: boolean
  candidateUsers?: string[]
  candidateRoles?: string[]
}

interface Rule {
  type: string
  multiple?: boolean
  candidateUsers?: string[]
  candidateRoles?: string[]
}

/** Every node with an initiatorSelects rule, in flow order (what the start body's selectedApprovers keys). */
export function selectionsOf(definition: Pick<AppDefinition, 'flow'>): Selection[] {
  const found: Selection[] = []
  for (const node of definition.flow.nodes) {
    const rules = (node as { approvers?: Rule[] }).approvers ?? []
    const rule = rules.find((candidate) => candidate.type === 'initiatorSelects')
    if (!rule) continue
    found.push({
      node: node.id,
      name: node.name,
      multiple: rule.multiple ?? false,
      ...(rule.candidateUsers ? { candidateUsers: rule.candidateUsers } : {}),
      ...(rule.candidateRoles ? { candidateRoles: rule.candidateRoles } : {}),
    })
  }
  return found
}

/** Who may be picked at a step: the candidates when the rule lists any, else every active member. */
export function candidatesOf(selection: Selection, users: readonly User[]): User[] {
  const limited = selection.candidateUsers !== undefined || selection.candidateRoles !== undefined
  return users.filter(
    (user) =>
      user.active &&
      (!limited ||
        (selection.candidateUsers ?? []).includes(user.id) ||
        user.roles.some((role) => (selection.candidateRoles ?? []).includes(role))),
  )
}

/** The choices made so far, without empty ones (the server asks again for those). */
export function chosenApprovers(chosen: Record<string, string[]>): Record<string, string[]> | undefined {
  const entries = Object.entries(chosen).filter(([, users]) => users.length > 0)
  return entries.length ? Object.fromEntries(entries) : undefined
}
