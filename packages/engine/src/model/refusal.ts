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

/** Why an event was not applied; the state is unchanged. `path` points at the offending part of the event. */
export interface Refusal {
  code: RefusalCode
  message: string
  path?: string
}

/** Thrown inside the engine and turned into a refusal at the top; the working copy of the state is dropped. */
export class RefusalError extends Error {
  readonly refusal: Refusal
  constructor(code: RefusalCode, message: string, path?: string) {
    super(message)
    this.refusal = path === undefined ? { code, message } : { code, message, path }
  }
}

export function refuse(code: RefusalCode, message: string, path?: string): never {
  throw new RefusalError(code, message, path)
}
