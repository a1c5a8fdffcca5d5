import type { PendingTimer, TimerPurpose } from '../model/state.ts'
import { nextId, type Run } from '../run.ts'

export function scheduleTimer(run: Run, at: string, purpose: TimerPurpose): PendingTimer {
  const timer: PendingTimer = { id: nextId(run, 'tm'), at, purpose }
  run.state.timers.push(timer)
  run.effects.push({ type: 'scheduleTimer', timerId: timer.id, at })
  return timer
}

/** Drops the pending timers that match and tells the runtime to forget them. */
export function cancelTimers(run: Run, matches: (timer: PendingTimer) => boolean): void {
  const keep: PendingTimer[] = []
  for (const timer of run.state.timers) {
    if (matches(timer)) run.effects.push({ type: 'cancelTimer', timerId: timer.id })
    else keep.push(timer)
  }
  run.state.timers = keep
}
