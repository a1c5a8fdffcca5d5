import type { AppDefinition, FlowNode, I18NText, NodeKind } from '@signoff/schemas'

// The runtime's answers as the workspace reads them (runtime/src/routes, api-schemas.ts).

export interface User {
  id: string
  login: string
  name: string
  email?: string | null
  phone?: string | null
  departmentId: string | null
  roles: string[]
  active: boolean
}

export interface Me {
  user: User
  tenant: { id: string; slug: string; name: string; kind?: string; certificationLevel?: string | null }
  roles: string[]
  permissions: string[]
  csrfToken: string
}

export interface Department {
  id: string
  name: string
  parentId: string | null
  headId: string | null
}

export interface DepartmentTree extends Department {
  children: DepartmentTree[]
}

export interface Role {
  id: string
  name: I18NText
  members?: string[]
}

export interface Delegation {
  id: string
  userId: string
  to: string
  from: string
  until: string
}

export interface AppSummary {
  id: string
  key: string
  name: I18NText
  currentVersion: number | null
  canEdit: boolean
  canStart: boolean
  updatedAt: string
}

export interface AppDetail extends AppSummary {
  published?: AppDefinition
}

export type InstanceStatus = 'running' | 'approved' | 'rejected' | 'withdrawn' | 'failed' | 'returned'

export interface InstanceSummary {
  id: string
  appId: string
  appVersion: number
  serialNumber: string | null
  title: string | null
  status: InstanceStatus
  initiator: string
  version: number
  createdAt: string
  updatedAt: string
}

export type TaskKind = 'approve' | 'handle' | 'input' | 'cc'

export interface TaskSummary {
  id: string
  instanceId: string
  node: string
  kind: TaskKind
  assignee: string
  status: string
  outcome: string | null
  createdAt: string
  completedAt: string | null
}

export type Box = 'todo' | 'done' | 'cc' | 'started'
/** Per box; `capped` names the boxes whose count stopped at 999 (shown as 999+). */
export type Counts = Record<Box, number> & { capped?: Box[] }

export type InboxItem = (TaskSummary & { instance?: InstanceSummary }) | InstanceSummary

export interface TimelineEntry {
  version: number
  at: string
  actor: string
  type: string
  node?: string
  taskId?: string
  text: { 'zh-CN': string; en: string }
  notes: { 'zh-CN': string; en: string }[]
  /** The actor's own words (an approval's comment, a reason, a comment). */
  comment?: string
  /** A comment's files, when the runtime lists them. */
  attachments?: { id: string; name: string }[]
}

export interface PathAssignee {
  user: string
  name?: string
  delegatedFrom?: string
  auto?: boolean
}

export interface PathStep {
  node: string
  kind: NodeKind
  name?: I18NText
  assignees: PathAssignee[]
}

export type Permission = 'edit' | 'read' | 'hidden'

export interface InstanceDetail extends InstanceSummary {
  values: Record<string, unknown>
  permissions?: Record<string, Permission>
  tasks: TaskSummary[]
  timeline: TimelineEntry[]
  chainVerified: boolean
  predictedPath?: PathStep[]
  /** The version it is pinned to (GET /instances/{id} only; answers to actions leave it out). */
  definition?: AppDefinition
}

export interface TaskDetail {
  task: TaskSummary & { waitingFor?: unknown; comment?: string }
  node: FlowNode
  values: Record<string, unknown>
  permissions: Record<string, Permission>
  instance: InstanceSummary & { timeline: TimelineEntry[]; tasks: TaskSummary[] }
}

export interface Simulation {
  status: string
  steps: PathStep[]
  failure?: { code?: string; message?: string; node?: string }
}

export interface Notice {
  id: string
  instanceId: string | null
  taskId: string | null
  reason: string
  createdAt: string
  readAt: string | null
}

export interface BatchResult {
  results: { taskId: string; status: number; error?: { code: string; message: string } }[]
}

export interface Attachment {
  id: string
  name: string
  size: number
  mime: string
}

export interface AuditEntry {
  id: string
  at: string
  actorId: string | null
  action: string
  targetType: string | null
  targetId: string | null
  detail: Record<string, unknown> | null
}

export interface Webhook {
  id: string
  appId: string | null
  url: string
  events: string[]
  active: boolean
  createdAt: string
  /** Shown once, in the answer to the creation. */
  secret?: string
}

export interface WebhookDelivery {
  id: string
  deliveryKey: string
  attempt: number
  status: string
  error: string | null
  at: string
}

export interface ImportRowError {
  line: number
  login: string
  issues: { code: string; message: string; path: string; params?: Record<string, string | number> }[]
}

/** Durations in whole minutes. */
export interface Durations {
  count: number
  medianMinutes: number | null
  p90Minutes: number | null
}

/** GET /analytics/overview (runtime/src/routes/analytics.ts). */
export interface AnalyticsOverview {
  window: { from: string; to: string; timeZone: string }
  apps: {
    appId: string
    name?: I18NText
    started: number
    finished: number
    approved: number
    rejected: number
    cycleTime: Durations
  }[]
  nodes: ({ appId: string; node: string; name?: I18NText; open: number } & Durations)[]
  weeks: { week: string; started: number; finished: number }[]
  openByApprover: { userId: string; name: string; open: number; oldestMinutes: number }[]
  bottlenecks: {
    appId: string
    node: string
    name?: I18NText
    open: number
    medianMinutes: number
    waitingMinutes: number
  }[]
}

export type CertificationType = 'enterprise' | 'individual'

/** GET /org/certification: every member sees the level; org admins also get the applications. */
export interface CertificationStatus {
  level: string
  certified: boolean
  certifiedAt?: string
  enterpriseName?: string
  creditCode?: string
  features: { webhooks: boolean; apiTokens: boolean; publishedAppLimit: number | null }
  applications?: InstanceSummary[]
}

/** The form an organization applies with (the platform app's current version). */
export interface CertificationForm {
  type: CertificationType
  name: I18NText
  version: number
  form: AppDefinition['form']
  /** The start node's field permissions: what the applicant fills now. */
  permissions: Record<string, Permission>
}

/** One application as the applicant sees it (GET /org/certification/applications/{id}). */
export interface CertificationApplication extends InstanceDetail {
  applicationType?: CertificationType
  returned: { node: string; reason: string | null } | null
  rejection: { node: string; reason: string; reasonCode: string | null; label: I18NText | null } | null
  applicantTask: { id: string; node: string; kind: TaskKind } | null
  attemptsLeft: Record<string, number>
}

/** GET /org/certification/notifications: what the applicant was told at each step. */
export interface CertificationNotice {
  id: string
  instanceId: string | null
  reason: string
  createdAt: string
  readAt: string | null
  /** The notice as words, when the runtime gives them. */
  message?: I18NText | string
}

export interface TwoFactorStatus {
  enabled: boolean
  pending: boolean
  recoveryCodesLeft: number
  /** The organization requires it of this user (an admin). */
  required: boolean
}

export interface TwoFactorEnrolment {
  secret: string
  otpauthUri: string
}
