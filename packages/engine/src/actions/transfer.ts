import { busyInStep, reassign } from '../flow/reassign.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf, nodeLabel } from '../run.ts'
import { text } from '../text.ts'
import { actorsOpenTask, requireAction, requireActiveUser } from './guards.ts'
import type { Handler } from './handler.ts'

export const transfer: Handler<'transfer'> = (run, event) => {
  const { task, node, config } = actorsOpenTask(run, event)
  requireAction(config.actions.transfer, 'transfer', node)
  requireActiveUser(run, event.to, '/to')
  if (busyInStep(run, task.step).has(event.to))
    refuse('invalid_target', `${event.to} already has a task at this step`, '/to')
  if (event.comment) task.comment = event.comment
  reassign(run, task, event.to, false)
  const who = nameOf(run, run.actor)
  const to = nameOf(run, event.to)
  const label = nodeLabel(node)
  return {
    text: text(`${who} 转交给 ${to}（${label['zh-CN']}）`, `${who} transferred ${label.en} to ${to}`),
    node: node.id,
    taskId: task.id,
  }
}
