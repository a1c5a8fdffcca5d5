import { advance, consume, spawn } from '../flow/advance.ts'
import { nodeLabel, note } from '../run.ts'
import type { Executor } from './executor.ts'

/** Counts arriving branches of the innermost split; the last one to arrive continues as one token. */
export const executeJoin: Executor<'join'> = (run, token, node) => {
  const frameId = token.frames.at(-1)
  const frame = run.state.frames.find((f) => f.id === frameId)
  if (!frame) {
    // Reached without a split (exclusive branches meeting): nothing to wait for.
    advance(run, token)
    return
  }
  frame.arrived += 1
  frame.join = node.id
  consume(run, token)
  const label = nodeLabel(node)
  if (frame.arrived < frame.expected) {
    note(
      run,
      `${label['zh-CN']}：${frame.arrived}/${frame.expected} 个分支已完成`,
      `${label.en}: ${frame.arrived} of ${frame.expected} branches done`,
    )
    return
  }
  run.state.frames = run.state.frames.filter((f) => f.id !== frame.id)
  note(run, `${label['zh-CN']}：全部分支已完成`, `${label.en}: every branch is done`)
  advance(run, spawn(run, node.id, frame.parentFrames))
}
