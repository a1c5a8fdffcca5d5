import type { TaskActionName } from './actions.ts'

export interface DecisionInput {
  comment?: string
  reason?: string
  reasonCode?: string
  to?: string
  users?: string[]
  position?: 'before' | 'after'
}

/** The request body of a decision, from what the dialog asked for. */
export function decisionBody(action: TaskActionName, input: DecisionInput): Record<string, unknown> {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined)
  const body: Record<string, unknown> =
    action === 'reject'
      ? { reason: text(input.reason), reasonCode: input.reasonCode }
      : action === 'return'
        ? { reason: text(input.reason) }
        : action === 'transfer'
          ? { to: input.to, comment: text(input.comment) }
          : action === 'addSigner'
            ? { users: input.users, position: input.position ?? 'before', comment: text(input.comment) }
            : { comment: text(input.comment) }
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined))
}
