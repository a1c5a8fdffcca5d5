import type { Issue } from '@signoff/schemas'

export type RefusalCode =
  | 'stale_version'
  | 'invalid_event'
  | 'not_started'
  | 'already_started'
  | 'not_running'
  | 'not_returned'
  | 'not_allowed_to_start'
  | 'unknown_task'
  | 'task_not_open'
  | 'wrong_actor'
  | 'action_not_allowed'
  | 'field_not_editable'
  | 'invalid_values'
  | 'reason_required'
  | 'unknown_reason_code'
  | 'invalid_target'
  | 'unknown_user'
  | 'invalid_selection'
  | 'unknown_timer'
  | 'unknown_automation'
  | 'withdraw_not_allowed'
  | 'not_participant'
  | 'empty_comment'
  | 'nothing_to_urge'
  | 'approvers_required'

/**
 * Why an event was not applied; the state is unchanged. `path` points at the offending part of the event.
 * `issues` (invalid_values) lists every problem of the submission, with paths into the values.
 */
export interface Refusal {
  code: RefusalCode
  message: string
  path?: string
  issues?: Issue[]
}

/** Thrown inside the engine and turned into a refusal at the top; the working copy of the state is dropped. */
export class RefusalError extends Error {
  readonly refusal: Refusal
  constructor(code: RefusalCode, message: string, path?: string, issues?: Issue[]) {
    super(message)
    this.refusal = {
      code,
      message,
      ...(path === undefined ? {} : { path }),
      ...(issues === undefined ? {} : { issues }),
    }
  }
}

export function refuse(code: RefusalCode, message: string, path?: string, issues?: Issue[]): never {
  throw new RefusalError(code, message, path, issues)
}
