import type { I18NText } from '@signoff/schemas'

/** What every event carries: when it happened (the engine has no clock) and the state version it was made against. */
export interface EventBase {
  at: string
  expectedVersion: number
}

export interface ActorEvent extends EventBase {
  actor: string
}

export interface StartEvent extends ActorEvent {
  type: 'start'
  values: Record<string, unknown>
  /** Approvers picked by the initiator for nodes with an initiatorSelects rule, by node id. */
  selectedApprovers?: Record<string, string[]>
}

export interface TaskEvent extends ActorEvent {
  taskId: string
  comment?: string
}

/** Approve at an approval node, or complete the work at a handler node; `values` edits fields the node allows. */
export interface ApproveEvent extends TaskEvent {
  type: 'approve'
  values?: Record<string, unknown>
}

export interface RejectEvent extends TaskEvent {
  type: 'reject'
  reason: string
  reasonCode?: string
  /** An earlier node to send the instance back to; only the node's configured rejectTo target is accepted. */
  target?: string
}

export interface ReturnEvent extends TaskEvent {
  type: 'return'
  reason?: string
}

export interface TransferEvent extends TaskEvent {
  type: 'transfer'
  to: string
}

/**
 * The organization moves an open or queued task to another active user (someone left). Only the actor
 * `system` may send it: the runtime sends it on an org admin's behalf and records the admin in its audit log.
 */
export interface ReassignEvent extends ActorEvent {
  type: 'reassign'
  taskId: string
  to: string
  reason: string
}

export interface AddSignerEvent extends TaskEvent {
  type: 'addSigner'
  users: string[]
  position: 'before' | 'after'
}

export interface CommentEvent extends ActorEvent {
  type: 'comment'
  text: string
  attachments?: string[]
}

export interface WithdrawEvent extends ActorEvent {
  type: 'withdraw'
  reason?: string
}

export interface ResubmitEvent extends ActorEvent {
  type: 'resubmit'
  values: Record<string, unknown>
}

export interface UrgeEvent extends ActorEvent {
  type: 'urge'
}

/** The runtime's timer for `timerId` is due. */
export interface TimerFiredEvent extends EventBase {
  type: 'timerFired'
  timerId: string
}

/** The outcome of a runAutomation or webhook effect. */
export interface AutomationResultEvent extends EventBase {
  type: 'automationResult'
  automationId: string
  ok: boolean
  output?: Record<string, unknown>
  error?: string
  /** The action ran and said no (findings, a refusal): no further attempt could change that, so none is made. */
  final?: boolean
}

export type EngineEvent =
  | StartEvent
  | ApproveEvent
  | RejectEvent
  | ReturnEvent
  | TransferEvent
  | ReassignEvent
  | AddSignerEvent
  | CommentEvent
  | WithdrawEvent
  | ResubmitEvent
  | UrgeEvent
  | TimerFiredEvent
  | AutomationResultEvent

export type EventType = EngineEvent['type']

export type EventOf<T extends EventType> = Extract<EngineEvent, { type: T }>

/** The readable record of one accepted event; `notes` are the automatic steps it caused. */
export interface TimelineEntry {
  version: number
  at: string
  actor: string
  type: EventType
  node?: string
  taskId?: string
  text: Required<I18NText>
  notes: Required<I18NText>[]
  /** The person's own words with the action (an approval's comment, a rejection's reason, a comment). */
  comment?: string
  /** Attachment ids that came with it. */
  attachments?: string[]
}
