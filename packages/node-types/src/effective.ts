import type {
  ApprovalNode,
  AutomationNode,
  EmptyAssigneePolicy,
  HandlerNode,
  NodeKind,
  TaskActions,
} from '@signoff/schemas'
import type { NodeOfKind } from './spec.ts'

/** Task actions with every switch decided; `rejectTo` stays optional (absent: rejection ends the instance). */
export type EffectiveTaskActions = Required<Omit<TaskActions, 'rejectTo'>> & Pick<TaskActions, 'rejectTo'>

interface EffectiveOverrides {
  approval: ApprovalNode &
    Required<Pick<ApprovalNode, 'mode' | 'initiatorIsApprover' | 'dedupe'>> & {
      emptyPolicy: EmptyAssigneePolicy
      actions: EffectiveTaskActions
    }
  handler: HandlerNode &
    Required<Pick<HandlerNode, 'mode'>> & {
      emptyPolicy: EmptyAssigneePolicy
      actions: EffectiveTaskActions
    }
  automation: AutomationNode & {
    retry: NonNullable<AutomationNode['retry']> & { maxAttempts: number }
    onFailure: NonNullable<AutomationNode['onFailure']>
  }
}

/** A node with its optional settings resolved to what they mean when absent. */
export type EffectiveNode<K extends NodeKind> = K extends keyof EffectiveOverrides
  ? EffectiveOverrides[K]
  : NodeOfKind<K>
