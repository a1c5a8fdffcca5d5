// Row shapes as stored. Timestamps are ISO 8601 strings, flags are 0/1 integers and JSON
// documents go through json.ts, so every query reads the same on SQLite and PostgreSQL.

export interface TenantTable {
  id: string
  slug: string
  name: string
  kind: 'organization' | 'platform'
  certification_level: string
  created_at: string
}

export interface DepartmentTable {
  tenant_id: string
  id: string
  name: string
  parent_id: string | null
  head_id: string | null
  created_at: string
}

export interface UserTable {
  tenant_id: string
  id: string
  login: string
  name: string
  email: string | null
  phone: string | null
  department_id: string | null
  password_hash: string | null
  active: number
  created_at: string
  updated_at: string
}

export interface RoleTable {
  tenant_id: string
  id: string
  name: string
  created_at: string
}

export interface UserRoleTable {
  tenant_id: string
  user_id: string
  role_id: string
}

export interface DelegationTable {
  tenant_id: string
  id: string
  user_id: string
  to_user_id: string
  from_date: string
  until_date: string
  created_at: string
}

export interface SessionTable {
  token_hash: string
  tenant_id: string
  user_id: string
  csrf_token: string
  created_at: string
  expires_at: string
}

export interface ApiTokenTable {
  id: string
  tenant_id: string
  user_id: string
  name: string
  prefix: string
  token_hash: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface LoginThrottleTable {
  key: string
  failures: number
  window_start: string
  blocked_until: string | null
}

export interface AppTable {
  tenant_id: string
  id: string
  key: string
  name: string
  draft: string
  draft_revision: number
  current_version: number | null
  created_by: string | null
  created_at: string
  updated_at: string
}

export interface AppVersionTable {
  tenant_id: string
  app_id: string
  number: number
  content: string
  content_hash: string
  note: string
  author_id: string | null
  created_at: string
}

export interface AuditLogTable {
  id: string
  tenant_id: string
  at: string
  actor_id: string | null
  action: string
  target_type: string
  target_id: string
  detail: string
  /** The tenant's audit hash chain (0011): 1, 2, 3 …, the previous row's hash and this row's. */
  seq: number
  prev_hash: string
  hash: string
}

/** Each tenant's audit chain: its last row, and the anchor (the last row retention purged). */
export interface AuditChainHeadTable {
  tenant_id: string
  seq: number
  hash: string
  anchor_seq: number
  anchor_hash: string
}

export interface InstanceTable {
  tenant_id: string
  id: string
  app_id: string
  app_version: number
  serial_number: string
  initiator_id: string
  status: string
  /** The engine's InstanceState (JSON). */
  state: string
  /** Equals the state's version; every change is an UPDATE … WHERE version = the one read. */
  version: number
  title: string
  created_at: string
  updated_at: string
}

export interface TaskTable {
  tenant_id: string
  id: string
  instance_id: string
  engine_task_id: string
  node: string
  kind: string
  assignee_id: string
  status: string
  outcome: string | null
  created_at: string
  completed_at: string | null
}

export interface InstanceEventTable {
  tenant_id: string
  instance_id: string
  /** The instance version the event produced: 1 for the start. */
  seq: number
  type: string
  /** The event and its timeline entry as stored: without what the columns hold (instances/event-storage.ts). */
  event: string
  timeline: string
  actor: string
  at: string
  /** sha-256 of the previous row's hash and this row's content (instances/hash-chain.ts), 32 bytes. */
  hash: Uint8Array
}

export interface IdempotencyKeyTable {
  tenant_id: string
  user_id: string
  key: string
  request_hash: string
  response_status: number
  response_body: string
  created_at: string
}

export interface SerialCounterTable {
  tenant_id: string
  app_id: string
  period: string
  value: number
}

export interface OutboxTable {
  id: string
  tenant_id: string
  instance_id: string
  kind: string
  payload: string
  idempotency_key: string
  attempts: number
  next_at: string
  lease_until: string | null
  delivered_at: string | null
  last_error: string | null
  created_at: string
}

export interface TimerTable {
  tenant_id: string
  instance_id: string
  timer_id: string
  due_at: string
  lease_until: string | null
}

/** Keyed by (tenant_id, user_id, created_at, id), the order a reader lists them in (0012). */
export interface NotificationTable {
  id: string
  tenant_id: string
  user_id: string
  instance_id: string
  task_id: string | null
  reason: string
  created_at: string
  read_at: string | null
}

export interface WebhookTable {
  tenant_id: string
  id: string
  /** null: every app of the tenant. */
  app_id: string | null
  url: string
  /** Keys the HMAC signature of each delivery. */
  secret: string
  /** JSON array of instance events (started, taskAssigned, ...). */
  events: string
  active: number
  created_by: string | null
  created_at: string
}

export interface WebhookDeliveryTable {
  id: string
  tenant_id: string
  outbox_id: string
  /** null for an automation's webhook, which names its URL itself. */
  webhook_id: string | null
  url: string
  attempt: number
  /** The HTTP status received; null when no answer came (refused target, network error, timeout). */
  status: number | null
  error: string | null
  at: string
}

export interface AttachmentTable {
  tenant_id: string
  id: string
  uploader_id: string
  /** Set when an instance's values first name the file; until then only the uploader sees it. */
  instance_id: string | null
  /** The client's file name, for Content-Disposition only: never part of a path. */
  name: string
  /** Sniffed from the content, not taken from the client. */
  mime: string
  size: number
  sha256: string
  created_at: string
}

/** JSON arrays of YYYY-MM-DD dates (directory.schema.json#/properties/calendar). */
export interface WorkCalendarTable {
  tenant_id: string
  holidays: string
  workdays: string
  updated_at: string
}

/** Changes with every write to the tenant's organization; directory caches compare it (org/directory.ts). */
export interface OrgRevisionTable {
  tenant_id: string
  revision: string
}

export interface Database {
  tenants: TenantTable
  departments: DepartmentTable
  users: UserTable
  roles: RoleTable
  user_roles: UserRoleTable
  delegations: DelegationTable
  sessions: SessionTable
  api_tokens: ApiTokenTable
  login_throttle: LoginThrottleTable
  apps: AppTable
  app_versions: AppVersionTable
  audit_log: AuditLogTable
  audit_chain_heads: AuditChainHeadTable
  instances: InstanceTable
  tasks: TaskTable
  instance_events: InstanceEventTable
  idempotency_keys: IdempotencyKeyTable
  serial_counters: SerialCounterTable
  outbox: OutboxTable
  timers: TimerTable
  notifications: NotificationTable
  webhooks: WebhookTable
  webhook_deliveries: WebhookDeliveryTable
  attachments: AttachmentTable
  work_calendars: WorkCalendarTable
  org_revisions: OrgRevisionTable
}
