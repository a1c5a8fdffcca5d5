import { returnToInitiator } from '../flow/reject.ts'
import { closeTask } from '../flow/tasks.ts'
import { nameOf, nodeLabel } from '../run.ts'
import { text } from '../text.ts'
import { actorsOpenTask, requireAction } from './guards.ts'
import type { Handler } from './handler.ts'

/** Back to the initiator for changes; resubmission resumes at the start or at this node, as configured. */
export const returnTask: Handler<'return'> = (run, event) => {
  const { task, node, config } = actorsOpenTask(run, event)
  requireAction(config.actions.return, 'return', node)
  if (event.comment) task.comment = event.comment
  closeTask(run, task, 'done', 'returned')
  const resumeAt = config.actions.resumeAfterReturn === 'returningNode' ? node.id : run.graph.start.id
  returnToInitiator(run, { token: task.token, by: task.assignee }, node, resumeAt, event.reason)
  const who = nameOf(run, run.actor)
  const label = nodeLabel(node)
  const why = event.reason ? `：${event.reason}` : ''
  return {
    text: text(
      `${who} 退回给发起人（${label['zh-CN']}）${why}`,
      `${who} returned it to the initiator at ${label.en}${event.reason ? `: ${event.reason}` : ''}`,
    ),
    node: node.id,
    taskId: task.id,
  }
}
