import type { Issue } from '@signoff/schemas'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export interface ErrorBody {
  error: { code: string; message: string; path?: string; issues?: unknown[]; [extra: string]: unknown }
}

/** An error the client can act on; anything else thrown becomes a 500 without details. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: { path?: string; issues?: unknown[]; [key: string]: unknown } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const fail = {
  invalid: (issues: readonly Issue[], pointerPrefix = '') => {
    const first = issues[0]
    return new HttpError(400, first?.code ?? 'invalid', first?.message ?? 'invalid request', {
      path: `${pointerPrefix}${first?.path ?? ''}`,
      issues: issues.map((issue) => ({ ...issue, path: `${pointerPrefix}${issue.path}` })),
    })
  },
  badRequest: (code: string, message: string, path?: string) =>
    new HttpError(400, code, message, path === undefined ? {} : { path }),
  unauthenticated: (message = 'sign in first') => new HttpError(401, 'unauthenticated', message),
  forbidden: (message = 'you may not do this') => new HttpError(403, 'forbidden', message),
  notFound: (what = 'resource') => new HttpError(404, 'not_found', `${what} not found`),
  conflict: (code: string, message: string, extra: Record<string, unknown> = {}) =>
    new HttpError(409, code, message, extra),
}

export function errorResponse(c: Context, error: HttpError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message, ...error.extra } }
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value)
  return c.json(body, error.status)
}
