import type { FlowNode } from '@signoff/schemas'
import type { Task, Token } from '../model/state.ts'
import { nameOf, nextId, nodeLabel, note, type Run } from '../run.ts'
import { enter, spawn } from './advance.ts'
import { finish, stopAll, stopTokens } from './lifecycle.ts'
import { announceEvent, notify } from './notify.ts'
import { framesKept } from './places.ts'
import type { TaskNode } from './task-nodes.ts'
import { addTask, closeTask } from './tasks.ts'

/** Who sends the instance back and the path they were on: a person's task, or an automation's token. */
export interface ReturnedFrom {
  token: string
  by: string
}

/**
 * Stops the instance and hands the initiator an input task to fix the data and resubmit. Resuming at the
 * returning node keeps the parallel frames and every path under way, to be taken up again on resubmission.
 */
export function returnToInitiator(
  run: Run,
  from: ReturnedFrom,
  node: FlowNode,
  resumeAt: string,
  reason?: string,
): void {
  const { state } = run
  const resume = resumeAt === run.graph.start.id ? undefined : state.tokens.map((t) => ({ ...t }))
  const { frames } = state
  stopAll(run)
  if (resume) state.frames = frames
  state.status = 'returned'
  state.returned = {
    node: node.id,
    by: from.by,
    resumeAt,
    ...(reason ? { reason } : {}),
    ...(resume ? { tokens: resume } : {}),
  }
  addTask(run, {
    node: run.graph.start.id,
    token: from.token,
    step: nextId(run, 's'),
    kind: 'input',
    assignee: state.initiator,
    origin: 'returned',
    order: 0,
    status: 'open',
  })
  notify(run, { to: [state.initiator], reason: 'returned', node: node.id })
  announceEvent(run, 'returned', { node: node.id })
}

/**
 * Where a rejection at the task's node may send its token back to `target`: how many of its frames the
 * new token keeps, or undefined when the target is in another parallel branch (or inside a region the
 * node is not in), where no token could carry the right frames.
 */
export function sendBackFrames(run: Run, task: Task, target: string): number | undefined {
  const token = run.state.tokens.find((t) => t.id === task.token)
  return token && framesKept(run.definition, task.node, target, token.frames.length)
}

/** Runs the flow again from `target`: the paths inside the frames being left stop, the others go on. */
export function sendBack(run: Run, token: Token, target: string, kept: number): void {
  const leaving = token.frames[kept]
  const stopping =
    leaving === undefined
      ? [token.id]
      : run.state.tokens.filter((t) => t.frames.includes(leaving)).map((t) => t.id)
  stopTokens(run, new Set(stopping))
  if (leaving !== undefined)
    run.state.frames = run.state.frames.filter((f) => f.id !== leaving && !f.parentFrames.includes(leaving))
  enter(run, spawn(run, target, token.frames.slice(0, kept)))
}

/**
 * A rejection: ends the instance (cancelling every other branch), or, when the node's rejectTo names an
 * earlier node on its own path, runs the flow again from there; a rejection back to the start is a return
 * to the initiator. Inside a parallel branch only that branch goes back; the others carry on.
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
    returnToInitiator(run, { token: task.token, by: task.assignee }, node, run.graph.start.id, reason)
    return
  }
  const token = run.state.tokens.find((t) => t.id === task.token)
  const kept = sendBackFrames(run, task, target.node)
  if (!token || kept === undefined) {
    note(
      run,
      '驳回目标不在同一路径上，驳回即结束流程',
      'The reject target is not on the same path; the rejection ends the instance',
    )
    finish(run, 'rejected')
    return
  }
  const label = nodeLabel(run.graph.node(target.node))
  note(run, `${nameOf(run, task.assignee)} 驳回至 ${label['zh-CN']}`, `Sent back to ${label.en}`)
  sendBack(run, token, target.node, kept)
}
