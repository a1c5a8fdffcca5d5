import type { EmptyAssigneePolicy, TaskActions } from '@signoff/schemas'
import type { EffectiveTaskActions } from './effective.ts'

// The values the schemas document as defaults; the engine and the designer both read these.
export const defaultMode = 'any'
export const defaultInitiatorIsApprover = 'supervisor'
export const defaultMaxAttempts = 3
export const defaultOnFailure = 'fail'
/** Absent means the instance stops with an error: nobody silently approves on the owner's behalf. */
export const defaultEmptyPolicy: EmptyAssigneePolicy = { action: 'error' }

export function effectiveActions(actions: TaskActions | undefined): EffectiveTaskActions {
  return {
    return: true,
    transfer: true,
    addSigner: true,
    resumeAfterReturn: 'start',
    ...actions,
  }
}
