import { consume, enter, isRunning, spawn } from '../flow/advance.ts'
import { fail } from '../flow/lifecycle.ts'
import { nextId, nodeLabel, note } from '../run.ts'
import type { Executor } from './executor.ts'

/** Starts one token per outgoing edge inside a new frame that the join counts. */
export const executeParallel: Executor<'parallel'> = (run, token, node) => {
  const edges = run.graph.outgoing(node.id)
  if (edges.length === 0) {
    fail(run, 'a parallel split with no branches', node.id)
    return
  }
  const frame = nextId(run, 'f')
  run.state.frames.push({
    id: frame,
    split: node.id,
    parentFrames: token.frames,
    expected: edges.length,
    arrived: 0,
  })
  consume(run, token)
  const label = nodeLabel(node)
  note(
    run,
    `${label['zh-CN']}：${edges.length} 个分支同时进行`,
    `${label.en}: ${edges.length} branches in parallel`,
  )
  // Spawn every branch before entering any, so a branch that finishes at once cannot join alone.
  const branches = edges.map((edge) => spawn(run, edge.target, [...token.frames, frame]))
  for (const branch of branches) {
    if (!isRunning(run)) return
    if (run.state.tokens.some((t) => t.id === branch.id)) enter(run, branch)
  }
}
