import type { Refusal, RefusalCode } from '@signoff/engine'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { HttpError } from '../http/errors.ts'

/**
 * The HTTP status of each engine refusal: the caller may not (403), the instance moved on or is not
 * in a state for this (409, reload and look again), or the request itself is wrong (400, with path).
 */
const statuses: Record<RefusalCode, ContentfulStatusCode> = {
  stale_version: 409,
  invalid_event: 400,
  not_started: 409,
  already_started: 409,
  not_running: 409,
  not_returned: 409,
  not_allowed_to_start: 403,
  unknown_task: 404,
  task_not_open: 409,
  wrong_actor: 403,
  action_not_allowed: 403,
  field_not_editable: 403,
  invalid_values: 400,
  reason_required: 400,
  unknown_reason_code: 400,
  invalid_target: 400,
  unknown_user: 400,
  invalid_selection: 400,
  unknown_timer: 409,
  unknown_automation: 409,
  withdraw_not_allowed: 403,
  not_participant: 403,
  empty_comment: 400,
  nothing_to_urge: 409,
  approvers_required: 400,
}

/**
 * The refusal as an HTTP error. Event paths (/values/x, /reason, /selectedApprovers/n) are also the
 * request body's; the issues of invalid values point into the values, so they get the /values prefix.
 * A stale version is the same situation as losing the race at the database: one code, `conflict`.
 */
export function refusalError(refusal: Refusal): HttpError {
  const code = refusal.code === 'stale_version' ? 'conflict' : refusal.code
  const extra: { path?: string; issues?: unknown[] } = {}
  if (refusal.path !== undefined) extra.path = refusal.path
  if (refusal.issues !== undefined && refusal.issues.length > 0) {
    extra.issues = refusal.issues.map((issue) => ({ ...issue, path: `/values${issue.path}` }))
    extra.path = `/values${refusal.issues[0]?.path ?? ''}`
  }
  return new HttpError(statuses[refusal.code], code, refusal.message, extra)
}

export const conflictError = () =>
  new HttpError(409, 'conflict', 'the instance changed while you were deciding; reload and try again')
