import { finish } from '../flow/lifecycle.ts'
import { notify } from '../flow/notify.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf } from '../run.ts'
import { text } from '../text.ts'
import { requireInitiator } from './guards.ts'
import type { Handler } from './handler.ts'

/** The initiator takes the request back while it is still under way (running, or returned to them). */
export const withdraw: Handler<'withdraw'> = (run, event) => {
  requireInitiator(run)
  const { state } = run
  if (state.status !== 'running' && state.status !== 'returned')
    refuse('not_running', `the instance is ${state.status}`)
  if (run.definition.settings.allowWithdraw === false)
    refuse('withdraw_not_allowed', 'this app does not allow withdrawing')
  const waiting = state.tasks.filter((t) => t.status === 'open' && t.assignee !== state.initiator)
  finish(run, 'withdrawn')
  const to = [...new Set(waiting.map((t) => t.assignee))]
  if (to.length > 0) notify(run, { to, reason: 'withdrawn' })
  delete state.returned
  const who = nameOf(run, run.actor)
  const why = event.reason ? `：${event.reason}` : ''
  return {
    text: text(
      `${who} 撤回了申请${why}`,
      `${who} withdrew the request${event.reason ? `: ${event.reason}` : ''}`,
    ),
  }
}
