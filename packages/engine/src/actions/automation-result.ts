import { withDefaults } from '@signoff/node-types'
import type { AutomationNode } from '@signoff/schemas'
import { advance } from '../flow/advance.ts'
import { giveUp, retryFromEarlierNode } from '../flow/automation-failure.ts'
import { scheduleTimer } from '../flow/timers.ts'
import { cloneJson } from '../model/clone.ts'
import { refuse } from '../model/refusal.ts'
import { nodeLabel, note } from '../run.ts'
import { text } from '../text.ts'
import { addDuration } from '../time.ts'
import { requireRunning } from './guards.ts'
import type { Handler } from './handler.ts'

// Used when a retry policy names no backoff; each further attempt waits twice as long.
const defaultBackoff = 'PT1M'

/**
 * The result of an automation attempt: copy its outputs and continue, try again (after a backoff, or
 * after its retryFrom node runs again), or give up as the node's onFailure says.
 */
export const automationResult: Handler<'automationResult'> = (run, event) => {
  requireRunning(run)
  const { state } = run
  const pending = state.automations.find((a) => a.id === event.automationId)
  if (pending?.phase !== 'waiting')
    refuse(
      'unknown_automation',
      `no automation "${event.automationId}" is waiting for a result`,
      '/automationId',
    )
  const node = withDefaults(run.graph.node(pending.node) as AutomationNode)
  const label = nodeLabel(node)
  const token = state.tokens.find((t) => t.id === pending.token)
  const done = () => {
    state.automations = state.automations.filter((a) => a.id !== pending.id)
    if (token) advance(run, token)
  }
  if (event.ok) {
    const output = event.output ?? {}
    // A new values object, never a change in place: states share their values (see apply.ts).
    const values = { ...state.values }
    for (const [key, field] of Object.entries(node.outputs ?? {})) {
      if (!Object.hasOwn(output, key)) continue
      if (output[key] === undefined) delete values[field]
      else values[field] = cloneJson(output[key])
    }
    state.values = values
    done()
    return { text: text(`${label['zh-CN']}：成功`, `${label.en}: succeeded`), node: node.id }
  }
  const error = event.error ?? 'unknown error'
  pending.lastError = error
  const mayRetry = event.final !== true && pending.attempt < node.retry.maxAttempts
  if (mayRetry && node.retryFrom !== undefined) {
    if (!retryFromEarlierNode(run, pending, node, node.retryFrom)) giveUp(run, pending, node, error, done)
  } else if (mayRetry) {
    pending.phase = 'backoff'
    const due = addDuration(run.at, node.retry.backoff ?? defaultBackoff, 2 ** (pending.attempt - 1))
    scheduleTimer(run, due, { type: 'retry', automation: pending.id })
    note(run, `第 ${pending.attempt} 次失败，稍后重试`, `Attempt ${pending.attempt} failed; retrying later`)
  } else {
    giveUp(run, pending, node, error, done)
  }
  return {
    text: text(`${label['zh-CN']}：失败（${error}）`, `${label.en}: failed (${error})`),
    node: node.id,
  }
}
