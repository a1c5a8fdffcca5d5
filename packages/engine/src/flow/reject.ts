import type { FlowNode } from '@signoff/schemas'
import type { Task } from '../model/state.ts'
import { nameOf, nextId, nodeLabel, note, type Run } from '../run.ts'
import { enter, spawn } from './advance.ts'
import { finish, stopAll } from './lifecycle.ts'
import type { TaskNode } from './task-nodes.ts'
import { addTask, closeTask } from './tasks.ts'

/** Stops the instance and hands the initiator an input task to fix the data and resubmit. */
export function returnToInitiator(
  run: Run,
  task: Task,
  node: FlowNode,
  resumeAt: string,
  reason?: string,
): void {
  const { state } = run
  stopAll(run)
  state.status = 'returned'
  state.returned = { node: node.id, by: task.assignee, resumeAt, ...(reason ? { reason } : {}) }
  addTask(run, {
    node: run.graph.start.id,
    token: task.token,
    step: nextId(run, 's'),
    kind: 'input',
    assignee: state.initiator,
    origin: 'returned',
    order: 0,
    status: 'open',
  })
  run.effects.push({ type: 'notify', to: [state.initiator], reason: 'returned', node: node.id })
}

/**
 * A rejection: ends the instance (cancelling every other branch), or, when the node's rejectTo names an
 * earlier node, runs the flow again from there; a rejection back to the start is a return to the initiator.
 */
export function rejectTask(
  run: Run,
  task: Task,
  node: FlowNode,
  config: TaskNode,
  reason: string,
  reasonCode?: string,
): void {
  closeTask(run, task, 'done', 'rejected')
  run.state.rejection = { node: node.id, by: task.assignee, reason, ...(reasonCode ? { reasonCode } : {}) }
  const target = config.actions.rejectTo
  if (target?.target !== 'node') {
    finish(run, 'rejected')
    return
  }
  if (target.node === run.graph.start.id) {
    returnToInitiator(run, task, node, run.graph.start.id, reason)
    return
  }
  stopAll(run)
  const label = nodeLabel(run.graph.node(target.node))
  note(run, `${nameOf(run, task.assignee)} 驳回至 ${label['zh-CN']}`, `Sent back to ${label.en}`)
  enter(run, spawn(run, target.node, []))
}
