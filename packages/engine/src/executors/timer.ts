import { advance } from '../flow/advance.ts'
import { scheduleTimer } from '../flow/timers.ts'
import { nodeLabel, note } from '../run.ts'
import { addDuration, startOfDate } from '../time.ts'
import type { Executor } from './executor.ts'

const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** Waits a duration, or until a date field (midnight, in the event's UTC offset) plus an offset. */
export const executeTimer: Executor<'timer'> = (run, token, node) => {
  const label = nodeLabel(node)
  const { wait } = node
  let due: string
  if ('after' in wait) {
    due = addDuration(run.at, wait.after)
  } else {
    const date = run.state.values[wait.untilField]
    if (typeof date !== 'string' || !datePattern.test(date)) {
      note(run, `${label['zh-CN']}：日期未填写，不等待`, `${label.en}: no date given, not waiting`)
      advance(run, token)
      return
    }
    const midnight = startOfDate(date, run.at)
    due = wait.offset === undefined ? midnight : addDuration(midnight, wait.offset)
  }
  scheduleTimer(run, due, { type: 'wait', token: token.id })
  note(run, `${label['zh-CN']}：等待至 ${due}`, `${label.en}: waiting until ${due}`)
}
