import type { Task, TaskOutcome, TaskStatus } from '../model/state.ts'
import { nextId, type Run } from '../run.ts'
import { addDuration } from '../time.ts'
import { announceEvent, notify } from './notify.ts'
import { taskNodeOf } from './task-nodes.ts'
import { cancelTimers, scheduleTimer } from './timers.ts'

export type NewTask = Omit<Task, 'id' | 'createdAt'>

export function addTask(run: Run, fields: NewTask): Task {
  const task: Task = { id: nextId(run, 't'), createdAt: run.at, ...fields }
  run.state.tasks.push(task)
  if (task.status === 'open') announce(run, task)
  return task
}

/** Tells the assignee and starts the node's timeouts for the task. */
function announce(run: Run, task: Task): void {
  announceEvent(run, 'taskAssigned', { taskId: task.id, node: task.node })
  notify(run, {
    to: [task.assignee],
    reason: 'taskAssigned',
    taskId: task.id,
    node: task.node,
  })
  const config = taskNodeOf(run.graph.node(task.node))
  config?.timeouts.forEach((rule, index) => {
    scheduleTimer(run, addDuration(run.at, rule.after), { type: 'timeout', task: task.id, rule: index })
  })
}

export function openTask(run: Run, task: Task): void {
  task.status = 'open'
  delete task.waitingFor
  announce(run, task)
}

/** Takes a task out of the open set (done, skipped, cancelled, or queued again) and stops its timeouts. */
export function closeTask(
  run: Run,
  task: Task,
  status: Exclude<TaskStatus, 'open'>,
  outcome?: TaskOutcome,
): void {
  task.status = status
  if (outcome !== undefined) task.outcome = outcome
  if (status !== 'queued') task.completedAt = run.at
  cancelTimers(run, (t) => t.purpose.type === 'timeout' && t.purpose.task === task.id)
}

export function stepTasks(run: Run, step: string): Task[] {
  return run.state.tasks.filter((t) => t.step === step && (t.kind === 'approve' || t.kind === 'handle'))
}

export function isApproval(task: Task): boolean {
  return task.status === 'done' && (task.outcome === 'approved' || task.outcome === 'autoApproved')
}
