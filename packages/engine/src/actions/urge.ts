import { notify } from '../flow/notify.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf, namesOf } from '../run.ts'
import { text } from '../text.ts'
import { requireInitiator, requireRunning } from './guards.ts'
import type { Handler } from './handler.ts'

/** Reminds everyone with an open decision or work task; the runtime limits how often (urgeIntervalMinutes). */
export const urge: Handler<'urge'> = (run) => {
  requireRunning(run)
  requireInitiator(run)
  const open = run.state.tasks.filter(
    (t) => t.status === 'open' && (t.kind === 'approve' || t.kind === 'handle'),
  )
  if (open.length === 0) refuse('nothing_to_urge', 'nobody has an open task (the flow waits for the system)')
  for (const task of open)
    notify(run, {
      to: [task.assignee],
      reason: 'urge',
      taskId: task.id,
      node: task.node,
    })
  const who = nameOf(run, run.actor)
  const people = namesOf(run, [...new Set(open.map((t) => t.assignee))])
  return { text: text(`${who} 催办 ${people}`, `${who} urged ${people}`) }
}
