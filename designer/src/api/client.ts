import type { AppDiff, Finding } from '@signoff/analysis'
import type { AppDefinition, Directory, I18NText } from '@signoff/schemas'
import {
  createHttpClient,
  ApiError as KitApiError,
  type ErrorBody as KitErrorBody,
} from '@signoff/web-kit/http-client'

export interface Me {
  user: { id: string; login: string; name: string }
  tenant: { slug: string; name: string }
  csrfToken: string
}

export interface AppSummary {
  id: string
  key: string
  name: I18NText
  currentVersion: number | null
  canEdit: boolean
  canStart: boolean
  updatedAt: string
  draftRevision?: number
}

export interface TemplateSummary {
  key: string
  tenant: string
  name: I18NText
  description?: I18NText
  category?: string
}

export interface Draft {
  app: AppDefinition
  etag: string
}

export interface VersionSummary {
  number: number
  contentHash: string
  note: string
  authorId: string | null
  createdAt: string
}

export interface ErrorBody extends KitErrorBody {
  issues?: Finding[]
  currentEtag?: string
}

export class ApiError extends KitApiError<ErrorBody> {}

const base = '/api/v1'
/** The session and the JSON calls under /api/v1, as the sign-in page uses them too. */
export const http = createHttpClient<Me>((status, body) => new ApiError(status, body))
const call = http.call

/**
 * Who hears that the organization requires two-factor sign-in of this admin and they have not enrolled.
 * Enrolment lives in the workspace's account page, so the designer sends them there.
 */
export const whenEnrolmentRequired = http.whenEnrolmentRequired

export const api = {
  login: http.signIn,
  me: http.me,
  logout: http.signOut,
  apps: async () => (await call<{ items: AppSummary[] }>('/apps')).body.items,
  templates: async () => (await call<{ items: TemplateSummary[] }>('/templates')).body.items,
  createApp: async (input: { key: string; name: I18NText } | { fromTemplate: string; key?: string }) =>
    (await call<AppSummary>('/apps', { method: 'POST', body: JSON.stringify(input) })).body,
  app: async (id: string) => (await call<AppSummary>(`/apps/${encodeURIComponent(id)}`)).body,
  async draft(id: string): Promise<Draft> {
    const { body, response } = await call<AppDefinition>(`/apps/${encodeURIComponent(id)}/draft`)
    return { app: body, etag: response.headers.get('ETag') ?? '' }
  },
  /** Saves with If-Match; a stale etag is an ApiError with status 409. */
  saveDraft: async (id: string, app: AppDefinition, etag: string) =>
    (
      await call<{ revision: number; etag: string; findings: Finding[] }>(
        `/apps/${encodeURIComponent(id)}/draft`,
        {
          method: 'PUT',
          headers: { 'If-Match': etag },
          body: JSON.stringify(app),
        },
      )
    ).body,
  /** The organization as the engine reads it: departments, users, roles, delegations, calendar. */
  directory: async () => (await call<Directory>('/directory')).body,
  versions: async (id: string) =>
    (await call<{ items: VersionSummary[] }>(`/apps/${encodeURIComponent(id)}/versions`)).body.items,
  /** What changed from one version to another; 'draft' names the draft. */
  diff: async (id: string, from: number | 'draft', to: number | 'draft') =>
    (await call<AppDiff>(`/apps/${encodeURIComponent(id)}/diff?from=${from}&to=${to}`)).body,
  /** Publishes an earlier version's content as a new version. */
  rollback: async (id: string, version: number, note: string) =>
    (
      await call<VersionSummary>(`/apps/${encodeURIComponent(id)}/rollback`, {
        method: 'POST',
        body: JSON.stringify({ version, ...(note ? { note } : {}) }),
      })
    ).body,
  exportUrl: (id: string, version: number) =>
    `${base}/apps/${encodeURIComponent(id)}/export?version=${version}`,
  /** Publishes the saved draft; while lint has errors an ApiError with status 422 carries the findings. */
  publish: async (id: string, note: string, etag: string) =>
    (
      await call<{ number: number; note: string }>(`/apps/${encodeURIComponent(id)}/publish`, {
        method: 'POST',
        headers: { 'If-Match': etag },
        body: JSON.stringify({ note }),
      })
    ).body,
}
