import { withDefaults } from '@signoff/node-types'
import type { AutomationNode } from '@signoff/schemas'
import { requestAutomation } from '../executors/automation.ts'
import { advance } from '../flow/advance.ts'
import { taskNodeOf } from '../flow/task-nodes.ts'
import { refuse } from '../model/refusal.ts'
import type { PendingTimer, TimerPurpose } from '../model/state.ts'
import type { Run } from '../run.ts'
import { text } from '../text.ts'
import { requireRunning } from './guards.ts'
import type { Handler } from './handler.ts'
import { timeoutActions } from './timeouts.ts'

type PurposeOf<T extends TimerPurpose['type']> = Extract<TimerPurpose, { type: T }>

const fired = {
  timeout: (run, purpose: PurposeOf<'timeout'>, timer) => {
    const task = run.state.tasks.find((t) => t.id === purpose.task)
    const config = task && taskNodeOf(run.graph.node(task.node))
    const rule = config?.timeouts[purpose.rule]
    if (task?.status !== 'open' || !config || !rule) return
    timeoutActions[rule.action](run, task, config, rule, timer)
  },
  wait: (run, purpose: PurposeOf<'wait'>) => {
    const token = run.state.tokens.find((t) => t.id === purpose.token)
    if (token) advance(run, token)
  },
  retry: (run, purpose: PurposeOf<'retry'>) => {
    const pending = run.state.automations.find((a) => a.id === purpose.automation)
    if (!pending) return
    pending.attempt += 1
    pending.phase = 'waiting'
    requestAutomation(run, pending, withDefaults(run.graph.node(pending.node) as AutomationNode))
  },
} satisfies { [T in TimerPurpose['type']]: (run: Run, purpose: PurposeOf<T>, timer: PendingTimer) => void }

const firedText = {
  timeout: text('任务超时', 'A task timed out'),
  wait: text('延时结束', 'The wait is over'),
  retry: text('自动化重试', 'Retrying the automation'),
} satisfies Record<TimerPurpose['type'], unknown>

/** A pending timer is due: a task timeout, the end of a timer node's wait, or an automation retry. */
export const timerFired: Handler<'timerFired'> = (run, event) => {
  requireRunning(run)
  const timer = run.state.timers.find((t) => t.id === event.timerId)
  if (!timer) refuse('unknown_timer', `no pending timer "${event.timerId}"`, '/timerId')
  run.state.timers = run.state.timers.filter((t) => t.id !== timer.id)
  const handle = fired[timer.purpose.type] as (run: Run, purpose: TimerPurpose, timer: PendingTimer) => void
  handle(run, timer.purpose, timer)
  return { text: firedText[timer.purpose.type] }
}
