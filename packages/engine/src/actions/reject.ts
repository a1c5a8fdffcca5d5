import { rejectTask, sendBackFrames } from '../flow/reject.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf, nodeLabel } from '../run.ts'
import { text } from '../text.ts'
import { actorsOpenTask } from './guards.ts'
import type { Handler } from './handler.ts'

export const reject: Handler<'reject'> = (run, event) => {
  const { task, node, config } = actorsOpenTask(run, event)
  const reason = typeof event.reason === 'string' ? event.reason.trim() : ''
  if (!reason) refuse('reason_required', 'a rejection needs a reason', '/reason')
  if (event.reasonCode !== undefined && !config.rejectReasons.some((r) => r.code === event.reasonCode))
    refuse('unknown_reason_code', `"${event.reasonCode}" is not a reason code of this node`, '/reasonCode')
  const allowed = config.actions.rejectTo
  if (event.target !== undefined && !(allowed?.target === 'node' && allowed.node === event.target))
    refuse('invalid_target', `a rejection here cannot go to "${event.target}"`, '/target')
  if (
    event.target !== undefined &&
    event.target !== run.graph.start.id &&
    sendBackFrames(run, task, event.target) === undefined
  )
    refuse('invalid_target', `"${event.target}" is not on the same path as this node`, '/target')
  if (event.comment) task.comment = event.comment
  rejectTask(run, task, node, config, reason, event.reasonCode)
  const who = nameOf(run, run.actor)
  const label = nodeLabel(node)
  return {
    text: text(`${who} 拒绝（${label['zh-CN']}）：${reason}`, `${who} rejected at ${label.en}: ${reason}`),
    node: node.id,
    taskId: task.id,
  }
}
