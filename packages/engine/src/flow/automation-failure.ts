import type { EffectiveNode } from '@signoff/node-types'
import type { PendingAutomation } from '../model/state.ts'
import { nodeLabel, note, type Run, systemActor } from '../run.ts'
import { fail } from './lifecycle.ts'
import { framesKept } from './places.ts'
import { returnToInitiator, sendBack } from './reject.ts'

type AutomationConfig = EffectiveNode<'automation'>

/**
 * Another attempt after an earlier node runs again (a person re-enters what the action checks): the
 * token goes back there, and the node's next visit carries on counting attempts. False when the node
 * is not an earlier one on the same path, so no attempt is left to make.
 */
export function retryFromEarlierNode(
  run: Run,
  pending: PendingAutomation,
  node: AutomationConfig,
  target: string,
): boolean {
  const { state } = run
  const token = state.tokens.find((t) => t.id === pending.token)
  const known = run.definition.flow.nodes.some((n) => n.id === target)
  const kept = token && known ? framesKept(run.definition, node.id, target, token.frames.length) : undefined
  if (!token || kept === undefined) return false
  const left = node.retry.maxAttempts - pending.attempt
  const back = nodeLabel(run.graph.node(target))
  note(
    run,
    `第 ${pending.attempt} 次未通过，还剩 ${left} 次机会，回到「${back['zh-CN']}」`,
    `Attempt ${pending.attempt} did not pass; ${left} ${left === 1 ? 'attempt' : 'attempts'} left; back to ${back.en}`,
  )
  state.attempts = { ...state.attempts, [node.id]: pending.attempt }
  sendBack(run, token, target, kept)
  return true
}

/** Out of attempts: the node's onFailure decides between failing, continuing and returning to the initiator. */
export function giveUp(
  run: Run,
  pending: PendingAutomation,
  node: AutomationConfig,
  error: string,
  done: () => void,
): void {
  const label = nodeLabel(node)
  if (node.onFailure === 'continue') {
    note(run, '已达最大重试次数，继续流程', 'Out of attempts; the flow continues')
    done()
  } else if (node.onFailure === 'return') {
    note(
      run,
      `${label['zh-CN']}未通过，退回发起人修改`,
      `${label.en} did not pass; returned to the initiator`,
    )
    returnToInitiator(run, { token: pending.token, by: systemActor }, node, run.graph.start.id, error)
  } else {
    fail(run, `${label.en}: ${error}`, node.id)
  }
}
