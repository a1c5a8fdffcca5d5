import { busyInStep, reassign } from '../flow/reassign.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf, nodeLabel, systemActor } from '../run.ts'
import { text } from '../text.ts'
import { requireActiveUser, requireRunning } from './guards.ts'
import type { Handler } from './handler.ts'

/** Moves someone's open or queued task to another active user; the new assignee is told when it is open. */
export const reassignTask: Handler<'reassign'> = (run, event) => {
  requireRunning(run)
  if (run.actor !== systemActor) refuse('wrong_actor', 'only the system reassigns tasks', '/actor')
  const task = run.state.tasks.find((t) => t.id === event.taskId)
  if (!task) refuse('unknown_task', `no task "${event.taskId}"`, '/taskId')
  if (task.status !== 'open' && task.status !== 'queued')
    refuse('task_not_open', `task "${task.id}" is ${task.status}`, '/taskId')
  const reason = typeof event.reason === 'string' ? event.reason.trim() : ''
  if (!reason) refuse('reason_required', 'a reassignment needs a reason', '/reason')
  requireActiveUser(run, event.to, '/to')
  if (busyInStep(run, task.step).has(event.to))
    refuse('invalid_target', `${event.to} already has a task at this step`, '/to')
  const from = nameOf(run, task.assignee)
  reassign(run, task, event.to, false)
  const to = nameOf(run, event.to)
  const label = nodeLabel(run.graph.node(task.node))
  return {
    text: text(
      `${from} 的任务改由 ${to} 处理（${label['zh-CN']}）：${reason}`,
      `${from}'s task at ${label.en} was reassigned to ${to}: ${reason}`,
    ),
    node: task.node,
    taskId: task.id,
  }
}
