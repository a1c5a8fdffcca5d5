import type { BuiltinAction, NotificationSettings, WebhookAction } from '@signoff/schemas'

/** How people are told: the app's notification channels other than webhook. */
export type NotifyChannel = Exclude<NonNullable<NotificationSettings['channels']>[number], 'webhook'>

/** What the organization's webhooks hear about an instance when the app's channels include webhook. */
export type InstanceEvent =
  | 'started'
  | 'taskAssigned'
  | 'returned'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'failed'

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
  | {
      type: 'notify'
      to: string[]
      reason: NotifyReason
      channels: NotifyChannel[]
      taskId?: string
      node?: string
    }
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
  | { type: 'webhook'; event: InstanceEvent; idempotencyKey: string; taskId?: string; node?: string }
  | {
      type: 'webhook'
      automationId: string
      node: string
      action: WebhookAction
      attempt: number
      idempotencyKey: string
    }

export type EffectType = Effect['type']
