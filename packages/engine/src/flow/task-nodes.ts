import { type EffectiveTaskActions, type NodeOfKind, withDefaults } from '@signoff/node-types'
import type {
  ApprovalMode,
  ApproverRule,
  FieldPermissions,
  FlowNode,
  I18NText,
  NodeKind,
  TimeoutRule,
} from '@signoff/schemas'
import type { AssignPolicies } from '../approvers/assign.ts'
import type { TaskKind } from '../model/state.ts'

/** What the engine needs of a node whose people decide or work: the same shape for every such kind. */
export interface TaskNode {
  taskKind: Extract<TaskKind, 'approve' | 'handle'>
  rules: ApproverRule[]
  mode: ApprovalMode
  policies: AssignPolicies
  timeouts: TimeoutRule[]
  actions: EffectiveTaskActions
  fieldPermissions: FieldPermissions
  rejectReasons: { code: string; label: I18NText }[]
}

type TaskNodeOf<K extends NodeKind> = ((node: NodeOfKind<K>) => TaskNode) | undefined

/** Which node kinds assign decisions or work, and how to read their settings. */
export const taskNodes = {
  approval: (raw) => {
    const node = withDefaults(raw)
    return {
      taskKind: 'approve',
      rules: node.approvers,
      mode: node.mode,
      policies: {
        initiatorIsApprover: node.initiatorIsApprover,
        dedupe: node.dedupe,
        emptyPolicy: node.emptyPolicy,
      },
      timeouts: node.timeouts ?? [],
      actions: node.actions,
      fieldPermissions: node.fieldPermissions ?? {},
      rejectReasons: node.rejectReasons ?? [],
    }
  },
  handler: (raw) => {
    const node = withDefaults(raw)
    return {
      taskKind: 'handle',
      rules: node.handlers,
      mode: node.mode,
      policies: { emptyPolicy: node.emptyPolicy },
      timeouts: node.timeouts ?? [],
      actions: node.actions,
      fieldPermissions: node.fieldPermissions ?? {},
      rejectReasons: [],
    }
  },
  start: undefined,
  cc: undefined,
  condition: undefined,
  parallel: undefined,
  join: undefined,
  automation: undefined,
  timer: undefined,
  end: undefined,
} satisfies { [K in NodeKind]: TaskNodeOf<K> }

// Read once per node object (a published definition never changes): it is asked for at every task.
const read = new WeakMap<FlowNode, TaskNode | null>()

export function taskNodeOf(node: FlowNode): TaskNode | undefined {
  let found = read.get(node)
  if (found === undefined) {
    const of = taskNodes[node.kind as NodeKind] as TaskNodeOf<NodeKind>
    found = of?.(node as never) ?? null
    read.set(node, found)
  }
  return found ?? undefined
}
