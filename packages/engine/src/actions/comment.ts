import { notify } from '../flow/notify.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf } from '../run.ts'
import { text } from '../text.ts'
import type { Handler } from './handler.ts'

/** Anyone involved (initiator or holder of any task, cc included) may comment at any time; nothing else changes. */
export const comment: Handler<'comment'> = (run, event) => {
  const { state } = run
  const involved = run.actor === state.initiator || state.tasks.some((t) => t.assignee === run.actor)
  if (!involved) refuse('not_participant', `${run.actor} is not involved in this instance`, '/actor')
  const body = typeof event.text === 'string' ? event.text.trim() : ''
  if (!body && !event.attachments?.length)
    refuse('empty_comment', 'a comment needs text or an attachment', '/text')
  const others = [state.initiator, ...state.tasks.filter((t) => t.status === 'open').map((t) => t.assignee)]
  const to = [...new Set(others)].filter((u) => u !== run.actor)
  if (to.length > 0) notify(run, { to, reason: 'comment' })
  const who = nameOf(run, run.actor)
  return { text: text(`${who} 评论：${body}`, `${who} commented: ${body}`) }
}
