import { settle } from '../flow/task-step.ts'
import { closeTask } from '../flow/tasks.ts'
import { applyEdits } from '../flow/values.ts'
import { nameOf, nodeLabel } from '../run.ts'
import { text } from '../text.ts'
import { actorsOpenTask } from './guards.ts'
import type { Handler } from './handler.ts'

/** Approve (approval node) or mark the work done (handler node), with the edits the node allows. */
export const approve: Handler<'approve'> = (run, event) => {
  const { task, node, config } = actorsOpenTask(run, event)
  applyEdits(run, node, event.values)
  if (event.comment) task.comment = event.comment
  closeTask(run, task, 'done', 'approved')
  if (!run.state.approvedBy.includes(task.assignee)) run.state.approvedBy.push(task.assignee)
  settle(run, task.step)
  const who = nameOf(run, run.actor)
  const label = nodeLabel(node)
  const done =
    config.taskKind === 'handle'
      ? text(`${who} 已办理（${label['zh-CN']}）`, `${who} completed ${label.en}`)
      : text(`${who} 同意（${label['zh-CN']}）`, `${who} approved at ${label.en}`)
  return { text: done, node: node.id, taskId: task.id }
}
