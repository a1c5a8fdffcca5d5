import type { FlowNode } from '@signoff/schemas'
import { type TaskNode, taskNodeOf } from '../flow/task-nodes.ts'
import type { TaskEvent } from '../model/events.ts'
import { refuse } from '../model/refusal.ts'
import type { Task } from '../model/state.ts'
import type { Run } from '../run.ts'

export function requireRunning(run: Run): void {
  if (run.state.status !== 'running') refuse('not_running', `the instance is ${run.state.status}`)
}

export function requireInitiator(run: Run): void {
  if (run.actor !== run.state.initiator)
    refuse('wrong_actor', `only the initiator ${run.state.initiator} may do this`, '/actor')
}

export interface OpenTask {
  task: Task
  node: FlowNode
  config: TaskNode
}

/** The open approve/handle task the event acts on, held by the actor. */
export function actorsOpenTask(run: Run, event: TaskEvent): OpenTask {
  requireRunning(run)
  const task = run.state.tasks.find((t) => t.id === event.taskId)
  if (!task) refuse('unknown_task', `no task "${event.taskId}"`, '/taskId')
  if (task.status !== 'open') refuse('task_not_open', `task "${task.id}" is ${task.status}`, '/taskId')
  if (task.assignee !== run.actor)
    refuse('wrong_actor', `task "${task.id}" belongs to ${task.assignee}`, '/actor')
  const node = run.graph.node(task.node)
  const config = taskNodeOf(node)
  if (!config) refuse('action_not_allowed', `task "${task.id}" takes no decisions`, '/taskId')
  return { task, node, config }
}

export function requireAction(allowed: boolean, action: string, node: FlowNode): void {
  if (!allowed) refuse('action_not_allowed', `${action} is not allowed at node "${node.id}"`, '/type')
}

/** A user who may receive a task: known to the directory and active. */
export function requireActiveUser(run: Run, user: unknown, path: string): asserts user is string {
  if (typeof user !== 'string' || !run.org.isActive(user))
    refuse('unknown_user', `"${String(user)}" is not an active member`, path)
}
