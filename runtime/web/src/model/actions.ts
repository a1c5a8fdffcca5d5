import type { FlowNode } from '@signoff/schemas'
import type { InstanceStatus, TaskSummary } from '../api/types.ts'

export type TaskActionName = 'approve' | 'reject' | 'return' | 'transfer' | 'addSigner'
export type InstanceActionName = 'withdraw' | 'resubmit' | 'urge' | 'comment'

interface NodeActions {
  return?: boolean
  transfer?: boolean
  addSigner?: boolean
}

/**
 * What the caller may do on their open task at this node: approval tasks approve or reject, handler
 * tasks complete (approve) only; return, transfer and add signer unless the node turns them off
 * (they default to on, as in node-parts.schema.json). Copies (cc) and others' tasks give nothing.
 */
export function taskActions(
  task: TaskSummary | undefined,
  node: FlowNode | undefined,
  me: string,
): TaskActionName[] {
  if (!task || task.assignee !== me || task.status !== 'open') return []
  const allowed = ((node as { actions?: NodeActions } | undefined)?.actions ?? {}) as NodeActions
  const optional: TaskActionName[] = []
  if (allowed.return !== false) optional.push('return')
  if (allowed.transfer !== false) optional.push('transfer')
  if (task.kind === 'approve' && allowed.addSigner !== false) optional.push('addSigner')
  if (task.kind === 'approve') return ['approve', 'reject', ...optional]
  if (task.kind === 'handle') return ['approve', ...optional.filter((action) => action === 'transfer')]
  return []
}

/**
 * What the caller may do on the instance itself: the initiator withdraws while it runs (when the app
 * allows it) and urges the current approvers, and resubmits once it was returned; everyone who sees
 * it may comment.
 */
export function instanceActions(
  instance: { status: InstanceStatus; initiator: string },
  me: string,
  allowWithdraw: boolean,
): InstanceActionName[] {
  const actions: InstanceActionName[] = []
  const mine = instance.initiator === me
  if (mine && instance.status === 'running') {
    if (allowWithdraw) actions.push('withdraw')
    actions.push('urge')
  }
  if (mine && instance.status === 'returned') actions.push('resubmit')
  actions.push('comment')
  return actions
}

/** The values an approver sends with a decision: only the fields their node lets them edit. */
export function editedValues(
  values: Record<string, unknown>,
  permissions: Record<string, 'edit' | 'read' | 'hidden'> | undefined,
): Record<string, unknown> | undefined {
  const editable = Object.entries(permissions ?? {}).filter(([, permission]) => permission === 'edit')
  if (editable.length === 0) return undefined
  return Object.fromEntries(editable.filter(([id]) => id in values).map(([id]) => [id, values[id]]))
}
