import type { AppDefinition } from '@signoff/schemas'
import {
  createHttpClient,
  ApiError as KitApiError,
  type ErrorBody as KitErrorBody,
} from '@signoff/web-kit/http-client'
import type {
  AnalyticsOverview,
  AppDetail,
  AppSummary,
  Attachment,
  AuditEntry,
  BatchResult,
  Box,
  CertificationApplication,
  CertificationForm,
  CertificationNotice,
  CertificationStatus,
  CertificationType,
  Counts,
  Delegation,
  Department,
  DepartmentTree,
  ImportRowError,
  InboxItem,
  InstanceDetail,
  InstanceSummary,
  Me,
  Notice,
  Role,
  Simulation,
  TaskDetail,
  TwoFactorEnrolment,
  TwoFactorStatus,
  User,
  Webhook,
  WebhookDelivery,
} from './types.ts'

export interface ErrorBody extends KitErrorBody {
  issues?: { path?: string; message?: string }[]
  /** The per-row report of a refused CSV import. */
  rows?: ImportRowError[]
}

export class ApiError extends KitApiError<ErrorBody> {}

const base = '/api/v1'
/** The session and the JSON calls under /api/v1, as the sign-in page uses them too. */
export const http = createHttpClient<Me>((status, body) => new ApiError(status, body))

export const whenEnrolmentRequired = http.whenEnrolmentRequired

const call = async <T>(path: string, init?: RequestInit): Promise<T> => (await http.call<T>(path, init)).body

const post = <T>(path: string, body: unknown = {}, headers?: Record<string, string>) =>
  call<T>(path, { method: 'POST', body: JSON.stringify(body), ...(headers ? { headers } : {}) })
const id = encodeURIComponent

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => !!entry[1])
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : ''
}

/** Sends a file as multipart with upload progress (fetch has none), answering the stored attachment. */
function upload(path: string, file: File, onProgress: (percent: number) => void, signal?: AbortSignal) {
  return new Promise<Attachment>((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', `${base}${path}`)
    for (const [name, value] of Object.entries(http.csrfHeaders())) request.setRequestHeader(name, value)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => {
      const parsed = request.responseText ? JSON.parse(request.responseText) : undefined
      if (request.status >= 200 && request.status < 300) resolve(parsed as Attachment)
      else
        reject(
          new ApiError(request.status, parsed?.error ?? { code: 'http_error', message: request.statusText }),
        )
    }
    request.onerror = () => reject(new ApiError(0, { code: 'network', message: 'network error' }))
    signal?.addEventListener('abort', () => request.abort())
    const form = new FormData()
    form.append('file', file)
    request.send(form)
  })
}

export const api = {
  /** The session's CSRF token, for requests made outside this module (the renderer's uploads). */
  csrfHeaders: http.csrfHeaders,
  login: http.signIn,
  me: http.me,
  logout: http.signOut,
  /** The second sign-in step (two-factor), after the password step answered with a challenge. */
  sendTwoFactorCode: http.sendTwoFactorCode,

  twoFactor: () => call<TwoFactorStatus>('/auth/two-factor'),
  /** A new secret, shown once; it counts after confirmTwoFactor with a first code. */
  enrolTwoFactor: () => post<TwoFactorEnrolment>('/auth/two-factor/enrol'),
  confirmTwoFactor: (code: string) => post<{ recoveryCodes: string[] }>('/auth/two-factor/confirm', { code }),
  disableTwoFactor: (code: string) => post<void>('/auth/two-factor/disable', { code }),
  renewRecoveryCodes: (code: string) =>
    post<{ recoveryCodes: string[] }>('/auth/two-factor/recovery-codes', { code }),
  twoFactorPolicy: () => call<{ requireForAdmins: boolean }>('/org/two-factor-policy'),
  setTwoFactorPolicy: (requireForAdmins: boolean) =>
    call<{ requireForAdmins: boolean }>('/org/two-factor-policy', {
      method: 'PUT',
      body: JSON.stringify({ requireForAdmins }),
    }),
  resetTwoFactor: (userId: string) => call<void>(`/users/${id(userId)}/two-factor`, { method: 'DELETE' }),

  apps: async () => (await call<{ items: AppSummary[] }>('/apps')).items,
  app: (appId: string) => call<AppDetail>(`/apps/${id(appId)}`),
  /** The draft with its ETag (If-Match for saving and publishing it). */
  async draft(appId: string): Promise<{ definition: AppDefinition; etag: string }> {
    const { body, response } = await http.call<AppDefinition>(`/apps/${id(appId)}/draft`)
    return { definition: body, etag: response.headers.get('ETag') ?? '' }
  },
  saveDraft: (appId: string, definition: AppDefinition, etag: string) =>
    call<{ etag: string }>(`/apps/${id(appId)}/draft`, {
      method: 'PUT',
      body: JSON.stringify(definition),
      headers: { 'If-Match': etag },
    }),
  publish: (appId: string, etag: string, note: string) =>
    post<{ number: number }>(`/apps/${id(appId)}/publish`, { note }, { 'If-Match': etag }),
  simulate: (appId: string, values: Record<string, unknown>, selectedApprovers?: Record<string, string[]>) =>
    post<Simulation>(`/apps/${id(appId)}/simulate`, {
      values,
      ...(selectedApprovers ? { selectedApprovers } : {}),
    }),
  start: (
    appId: string,
    values: Record<string, unknown>,
    idempotencyKey: string,
    selectedApprovers?: Record<string, string[]>,
  ) =>
    post<InstanceDetail>(
      `/apps/${id(appId)}/instances`,
      { values, ...(selectedApprovers ? { selectedApprovers } : {}) },
      { 'Idempotency-Key': idempotencyKey },
    ),

  inbox: (box: Box) => call<{ box: Box; items: InboxItem[]; counts: Counts }>(`/tasks?box=${box}`),
  counts: () => call<Counts>('/tasks/counts'),
  task: (taskId: string) => call<TaskDetail>(`/tasks/${id(taskId)}`),
  batchApprove: (taskIds: string[]) => post<BatchResult>('/tasks/batch-approve', { taskIds }),
  /** A decision on a task, guarded by the instance version the caller saw (a stale one is a 409). */
  // The page reloads the instance after a decision, so it asks for the short answer (status and tasks).
  decide: (taskId: string, action: TaskAction, body: Record<string, unknown>, expectedVersion: number) =>
    post<Pick<InstanceDetail, 'id' | 'status' | 'version' | 'tasks'>>(
      `/tasks/${id(taskId)}/${action}`,
      { ...body, expectedVersion },
      { Prefer: 'return=minimal' },
    ),

  instance: (instanceId: string) => call<InstanceDetail>(`/instances/${id(instanceId)}`),
  instanceAction: (
    instanceId: string,
    action: InstanceAction,
    body: Record<string, unknown>,
    expectedVersion?: number,
  ) =>
    post<InstanceDetail>(`/instances/${id(instanceId)}/${action}`, {
      ...body,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
    }),
  searchInstances: (params: Record<string, string | undefined>) =>
    call<{ items: InstanceSummary[] }>(`/instances${query(params)}`),
  exportUrl: (params: Record<string, string | undefined>) => `${base}/instances/export${query(params)}`,

  notifications: () => call<{ unread: number; items: Notice[] }>('/notifications?limit=30'),
  markRead: (ids?: string[]) => post<{ marked: number }>('/notifications/read', ids ? { ids } : {}),

  users: async () => (await call<{ items: User[] }>('/users')).items,
  departments: () => call<{ items: Department[]; tree: DepartmentTree[] }>('/departments'),
  roles: async () => (await call<{ items: Role[] }>('/roles')).items,
  delegations: async () => (await call<{ items: Delegation[] }>('/delegations')).items,
  createDelegation: (input: { userId?: string; to: string; from: string; until: string }) =>
    post<Delegation>('/delegations', input),
  deleteDelegation: (delegationId: string) =>
    call<void>(`/delegations/${id(delegationId)}`, { method: 'DELETE' }),
  deactivateUser: (userId: string, input: { reassignTo?: string; reason?: string }) =>
    post<User>(`/users/${id(userId)}/deactivate`, input),
  analytics: (query: { app?: string; from?: string; to?: string }) => {
    const params = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
    )
    return call<AnalyticsOverview>(`/analytics/overview${params.size ? `?${params}` : ''}`)
  },
  audit: async () => (await call<{ items: AuditEntry[] }>('/audit?limit=200')).items,
  webhooks: async () => (await call<{ items: Webhook[] }>('/webhooks')).items,
  deliveries: async (webhookId: string) =>
    (await call<{ items: WebhookDelivery[] }>(`/webhooks/${id(webhookId)}/deliveries`)).items,
  createWebhook: (input: { url: string; events: string[]; appId?: string }) =>
    post<Webhook>('/webhooks', input),
  deleteWebhook: (webhookId: string) => call<void>(`/webhooks/${id(webhookId)}`, { method: 'DELETE' }),
  createRole: (input: { id: string; name: { 'zh-CN': string; en?: string } }) => post<Role>('/roles', input),
  renameRole: (roleId: string, name: { 'zh-CN': string; en?: string }) =>
    call<Role>(`/roles/${id(roleId)}`, { method: 'PATCH', body: JSON.stringify({ name }) }),
  addRoleMember: (roleId: string, userId: string) =>
    post<unknown>(`/roles/${id(roleId)}/members`, { userId }),
  removeRoleMember: (roleId: string, userId: string) =>
    call<void>(`/roles/${id(roleId)}/members/${id(userId)}`, { method: 'DELETE' }),
  importOrg: (csv: string) =>
    call<{ imported: number; createdDepartments: number }>('/org/import', {
      method: 'POST',
      body: csv,
      headers: { 'Content-Type': 'text/csv' },
    }),

  certification: () => call<CertificationStatus>('/org/certification'),
  certificationForm: (type: CertificationType) =>
    call<CertificationForm>(`/org/certification/form?type=${type}`),
  applyForCertification: (type: CertificationType, values: Record<string, unknown>, idempotencyKey: string) =>
    post<CertificationApplication>(
      `/org/certification/apply?type=${type}`,
      { values },
      { 'Idempotency-Key': idempotencyKey },
    ),
  certificationNotices: async () =>
    (await call<{ items: CertificationNotice[] }>('/org/certification/notifications')).items,
  application: (instanceId: string) =>
    call<CertificationApplication>(`/org/certification/applications/${id(instanceId)}`),
  /** The applicant's step on an application (complete, resubmit, withdraw), guarded by the version seen. */
  applicationAction: (
    instanceId: string,
    action: 'complete' | 'resubmit' | 'withdraw',
    body: Record<string, unknown>,
    expectedVersion: number,
  ) =>
    post<CertificationApplication>(`/org/certification/applications/${id(instanceId)}/${action}`, {
      ...body,
      expectedVersion,
    }),

  /** A file for a form field (its rules apply), or without a target for a comment. */
  uploadAttachment: (
    target: { appId: string; fieldId: string } | Record<string, never>,
    file: File,
    onProgress: (percent: number) => void,
    signal?: AbortSignal,
  ) => upload(`/attachments${query(target)}`, file, onProgress, signal),
  attachmentUrl: (attachmentId: string) => `${base}/attachments/${id(attachmentId)}`,
  /** A file of the organization's certification application, which lives on the platform tenant. */
  applicationFileUrl: (instanceId: string, fileId: string) =>
    `${base}/org/certification/applications/${id(instanceId)}/files/${id(fileId)}`,
}

export type TaskAction = 'approve' | 'reject' | 'return' | 'transfer' | 'add-signer'
export type InstanceAction = 'withdraw' | 'resubmit' | 'urge' | 'comments'
