/** Where an instance stands. `returned`: waiting for the initiator to fix and resubmit. */
export type InstanceStatus = 'running' | 'approved' | 'rejected' | 'withdrawn' | 'returned' | 'failed'

/** approve: decide at an approval node · handle: do the work at a handler node · cc: read-only copy · input: the initiator fixes a returned instance. */
export type TaskKind = 'approve' | 'handle' | 'cc' | 'input'

/** queued: waits its turn (sequential mode, or an approver waiting for a signer added before them). */
export type TaskStatus = 'open' | 'queued' | 'done' | 'cancelled' | 'skipped'

export type TaskOutcome =
  | 'approved'
  | 'autoApproved'
  | 'rejected'
  | 'returned'
  | 'transferred'
  | 'resubmitted'
  | 'read'

/** Why a task was created: the node's rules, its empty policy, a signer added before or after an approver, or a returned instance. */
export type TaskOrigin = 'rule' | 'emptyPolicy' | 'addedBefore' | 'addedAfter' | 'returned'

export interface Task {
  id: string
  node: string
  /** The token (path through the flow) the task belongs to; cc and input tasks too. */
  token: string
  /** One visit of the token to the node: the tasks that decide that visit together. */
  step: string
  kind: TaskKind
  assignee: string
  /** Set when out-of-office delegation rerouted the task from this user. */
  delegatedFrom?: string
  /** Set when the task was transferred or escalated from this user. */
  transferredFrom?: string
  escalated?: boolean
  origin: TaskOrigin
  /** Position within the node for sequential mode. */
  order: number
  /** An approver queued behind signers added before them waits for these tasks. */
  waitingFor?: string[]
  status: TaskStatus
  outcome?: TaskOutcome
  /** Why it was approved automatically (dedupe, initiator policy, timeout). */
  autoReason?: 'dedupe' | 'initiatorIsApprover' | 'timeout'
  comment?: string
  createdAt: string
  completedAt?: string
}

/** A path of execution. `frames` are the parallel splits it is inside, innermost last. */
export interface Token {
  id: string
  node: string
  frames: string[]
}

/** Bookkeeping for one parallel split: how many branches must reach its join, and how many have. */
export interface ParallelFrame {
  id: string
  split: string
  /** The frames the split itself was inside; the joined token continues in them. */
  parentFrames: string[]
  expected: number
  arrived: number
  join?: string
}

export type TimerPurpose =
  | { type: 'timeout'; task: string; rule: number }
  | { type: 'wait'; token: string }
  | { type: 'retry'; automation: string }

export interface PendingTimer {
  id: string
  at: string
  purpose: TimerPurpose
}

export interface PendingAutomation {
  id: string
  node: string
  token: string
  attempt: number
  /** waiting: a result is expected · backoff: a retry timer is pending. */
  phase: 'waiting' | 'backoff'
  lastError?: string
}

export interface Failure {
  node?: string
  reason: string
}

export interface Rejection {
  node: string
  by: string
  reason: string
  reasonCode?: string
}

export interface InstanceState {
  /** Bumped by every accepted event; events name the version they were made against. */
  version: number
  /** Counter behind every id the engine makes (tasks, tokens, timers, ...), so replay gives the same ids. */
  seq: number
  status: InstanceStatus
  initiator: string
  values: Record<string, unknown>
  /** Approvers the initiator chose at start, by node id. */
  selectedApprovers: Record<string, string[]>
  tokens: Token[]
  frames: ParallelFrame[]
  tasks: Task[]
  timers: PendingTimer[]
  automations: PendingAutomation[]
  /**
   * Attempts an automation used before its failure ran its retryFrom node again, by automation node:
   * its next visit carries on counting. Dropped when the node succeeds or gives up, or the instance stops.
   */
  attempts?: Record<string, number>
  /** Everyone who approved so far, in order, for de-duplication. */
  approvedBy: string[]
  /**
   * Set while returned: the node that returned it and where resubmission resumes. Resuming at the
   * returning node, `tokens` are the paths that were under way (the returning one included, with their
   * frames, which stay in `frames`); each is entered again at its node.
   */
  returned?: { node: string; by: string; resumeAt: string; reason?: string; tokens?: Token[] }
  rejection?: Rejection
  failure?: Failure
  startedAt: string
  finishedAt?: string
}
