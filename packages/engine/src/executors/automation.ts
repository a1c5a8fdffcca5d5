import type { AutomationNode } from '@signoff/schemas'
import type { PendingAutomation } from '../model/state.ts'
import { nextId, nodeLabel, note, type Run } from '../run.ts'
import type { Executor } from './executor.ts'

type ActionType = AutomationNode['action']['type']

/** Each action type leaves as its own effect; the key lets the runtime run an attempt at most once. */
const requests = {
  builtin: (run, pending, action) => {
    if (action.type !== 'builtin') return
    run.effects.push({
      type: 'runAutomation',
      automationId: pending.id,
      node: pending.node,
      action,
      attempt: pending.attempt,
      idempotencyKey: `${pending.id}:${pending.attempt}`,
    })
  },
  webhook: (run, pending, action) => {
    if (action.type !== 'webhook') return
    run.effects.push({
      type: 'webhook',
      automationId: pending.id,
      node: pending.node,
      action,
      attempt: pending.attempt,
      idempotencyKey: `${pending.id}:${pending.attempt}`,
    })
  },
} satisfies Record<
  ActionType,
  (run: Run, pending: PendingAutomation, action: AutomationNode['action']) => void
>

export function requestAutomation(run: Run, pending: PendingAutomation, node: AutomationNode): void {
  requests[node.action.type](run, pending, node.action)
}

/** Asks the runtime to run the action and waits for its automationResult. */
export const executeAutomation: Executor<'automation'> = (run, token, node) => {
  const { attempts } = run.state
  const pending: PendingAutomation = {
    id: nextId(run, 'a'),
    node: node.id,
    token: token.id,
    attempt: (attempts?.[node.id] ?? 0) + 1,
    phase: 'waiting',
  }
  if (attempts) {
    delete attempts[node.id]
    if (Object.keys(attempts).length === 0) delete run.state.attempts
  }
  run.state.automations.push(pending)
  requestAutomation(run, pending, node)
  const label = nodeLabel(node)
  note(run, `${label['zh-CN']}：执行中`, `${label.en}: running`)
}
