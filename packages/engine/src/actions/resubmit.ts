import { enter, isRunning, spawn } from '../flow/advance.ts'
import { closeTask } from '../flow/tasks.ts'
import { applyEdits } from '../flow/values.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf, nodeLabel } from '../run.ts'
import { text } from '../text.ts'
import { requireInitiator } from './guards.ts'
import type { Handler } from './handler.ts'

/** The initiator fixes a returned instance; it runs again from the start or from the node that returned it. */
export const resubmit: Handler<'resubmit'> = (run, event) => {
  requireInitiator(run)
  const { state } = run
  const returned = state.returned
  if (state.status !== 'returned' || !returned) refuse('not_returned', `the instance is ${state.status}`)
  if (typeof event.values !== 'object' || event.values === null)
    refuse('invalid_values', 'values must be an object keyed by field id', '/values')
  applyEdits(run, run.graph.start, event.values)
  for (const task of state.tasks)
    if (task.kind === 'input' && task.status === 'open') closeTask(run, task, 'done', 'resubmitted')
  state.status = 'running'
  delete state.returned
  delete state.rejection
  if (returned.tokens) {
    // Every path is back before any is entered, so a branch that finishes at once cannot join alone.
    state.tokens.push(...returned.tokens)
    for (const token of returned.tokens) if (isRunning(run) && state.tokens.includes(token)) enter(run, token)
  } else {
    enter(run, spawn(run, returned.resumeAt, []))
  }
  const who = nameOf(run, run.actor)
  const label = nodeLabel(run.graph.node(returned.resumeAt))
  return {
    text: text(
      `${who} 重新提交（从 ${label['zh-CN']} 继续）`,
      `${who} resubmitted (resuming at ${label.en})`,
    ),
    node: returned.resumeAt,
  }
}
