import type { BuiltinAction, WebhookAction } from '@signoff/schemas'

export type NotifyReason =
  | 'taskAssigned'
  | 'reminder'
  | 'urge'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'withdrawn'
  | 'failed'
  | 'step'
  | 'comment'

/** Side effects as data: the runtime applies them (in the same transaction as the state) through its outbox. */
export type Effect =
  | { type: 'notify'; to: string[]; reason: NotifyReason; taskId?: string; node?: string }
  | { type: 'cc'; to: string[]; node: string }
  | { type: 'scheduleTimer'; timerId: string; at: string }
  | { type: 'cancelTimer'; timerId: string }
  | {
      type: 'runAutomation'
      automationId: string
      node: string
      action: BuiltinAction
      attempt: number
      idempotencyKey: string
    }
  | {
      type: 'webhook'
      automationId: string
      node: string
      action: WebhookAction
      attempt: number
      idempotencyKey: string
    }

export type EffectType = Effect['type']
