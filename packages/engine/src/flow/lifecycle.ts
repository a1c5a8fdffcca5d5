import type { InstanceStatus } from '../model/state.ts'
import { note, type Run } from '../run.ts'
import { announceEvent, notify } from './notify.ts'
import { cancelTimers } from './timers.ts'

type FinalStatus = Exclude<InstanceStatus, 'running' | 'returned'>

const finishText = {
  approved: ['审批通过', 'approved'],
  rejected: ['已拒绝', 'rejected'],
  withdrawn: ['已撤回', 'withdrawn'],
  failed: ['流程异常终止', 'failed'],
} satisfies Record<FinalStatus, [string, string]>

/**
 * Stops some paths of execution: their open and queued tasks are cancelled, and their timers (waits,
 * task timeouts, automation retries), automations and tokens dropped. The frames are the caller's business.
 */
export function stopTokens(run: Run, tokens: ReadonlySet<string>): void {
  const { state } = run
  const tasks = new Set<string>()
  for (const task of state.tasks) {
    if (!tokens.has(task.token) || (task.status !== 'open' && task.status !== 'queued')) continue
    task.status = 'cancelled'
    task.completedAt = run.at
    tasks.add(task.id)
  }
  const automations = new Set(state.automations.filter((a) => tokens.has(a.token)).map((a) => a.id))
  cancelTimers(run, ({ purpose }) =>
    purpose.type === 'timeout'
      ? tasks.has(purpose.task)
      : purpose.type === 'wait'
        ? tokens.has(purpose.token)
        : automations.has(purpose.automation),
  )
  state.automations = state.automations.filter((a) => !automations.has(a.id))
  state.tokens = state.tokens.filter((t) => !tokens.has(t.id))
}

/** Stops everything still under way: open tasks, timers, automations and tokens. */
export function stopAll(run: Run): void {
  const { state } = run
  for (const task of state.tasks) {
    if (task.status === 'open' || task.status === 'queued') {
      task.status = 'cancelled'
      task.completedAt = run.at
    }
  }
  cancelTimers(run, () => true)
  state.automations = []
  delete state.attempts
  state.tokens = []
  state.frames = []
}

export function finish(run: Run, status: FinalStatus): void {
  stopAll(run)
  run.state.status = status
  run.state.finishedAt = run.at
  const [zh, en] = finishText[status]
  note(run, `流程结束：${zh}`, `Instance ${en}`)
  const wantsNotice = run.definition.settings.notifications?.initiatorOnFinish !== false
  if (wantsNotice && status !== 'withdrawn') notify(run, { to: [run.state.initiator], reason: status })
  announceEvent(run, status)
}

/** The instance cannot go on (nobody to ask, no branch, automation gave up): it stops with the reason. */
export function fail(run: Run, reason: string, node?: string): void {
  run.state.failure = node === undefined ? { reason } : { node, reason }
  note(run, `异常：${reason}`, `Failure: ${reason}`)
  finish(run, 'failed')
}
