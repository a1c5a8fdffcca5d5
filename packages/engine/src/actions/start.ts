import { assigneesOf } from '@signoff/node-types'
import { isSelectRule } from '../approvers/initiator-selects.ts'
import { enter, spawn } from '../flow/advance.ts'
import { announceEvent } from '../flow/notify.ts'
import { applyEdits } from '../flow/values.ts'
import type { StartEvent } from '../model/events.ts'
import { refuse } from '../model/refusal.ts'
import { nameOf, type Run } from '../run.ts'
import { text } from '../text.ts'
import type { Handler } from './handler.ts'

function mayStart(run: Run, user: string): boolean {
  const starters = run.definition.settings.starters
  if ('everyone' in starters) return true
  const member = run.org.user(user)
  const departments = run.org.departmentPath(member?.departmentId ?? null)
  return Boolean(
    starters.users?.includes(user) ||
      starters.departments?.some((d) => departments.includes(d)) ||
      starters.roles?.some((r) => member?.roles.includes(r)),
  )
}

/** Each pick must name a node that lets the initiator choose, and active users among its candidates. */
function checkSelections(run: Run, selected: StartEvent['selectedApprovers']): Record<string, string[]> {
  if (selected === undefined) return {}
  const out: Record<string, string[]> = {}
  for (const [nodeId, users] of Object.entries(selected)) {
    const path = `/selectedApprovers/${nodeId}`
    const node = run.definition.flow.nodes.find((n) => n.id === nodeId)
    const rule = node && assigneesOf(node)?.find(isSelectRule)
    if (!rule) refuse('invalid_selection', `node "${nodeId}" does not let the initiator choose`, path)
    if (!Array.isArray(users) || users.length === 0)
      refuse('invalid_selection', 'choose at least one person', path)
    if (!rule.multiple && users.length > 1) refuse('invalid_selection', 'choose one person only', path)
    const restricted = rule.candidateUsers !== undefined || rule.candidateRoles !== undefined
    users.forEach((user, i) => {
      if (typeof user !== 'string' || !run.org.isActive(user))
        refuse('unknown_user', `"${String(user)}" is not an active member`, `${path}/${i}`)
      const candidate =
        rule.candidateUsers?.includes(user) ||
        rule.candidateRoles?.some((role) => run.org.user(user)?.roles.includes(role))
      if (restricted && !candidate) refuse('invalid_selection', `${user} is not a candidate`, `${path}/${i}`)
    })
    out[nodeId] = [...new Set(users)]
  }
  return out
}

export const start: Handler<'start'> = (run, event) => {
  if (!mayStart(run, run.actor))
    refuse('not_allowed_to_start', `${run.actor} may not start this app`, '/actor')
  if (typeof event.values !== 'object' || event.values === null)
    refuse('invalid_values', 'values must be an object keyed by field id', '/values')
  const { state } = run
  state.selectedApprovers = checkSelections(run, event.selectedApprovers)
  applyEdits(run, run.graph.start, event.values)
  announceEvent(run, 'started')
  enter(run, spawn(run, run.graph.start.id, []))
  const who = nameOf(run, run.actor)
  return { text: text(`${who} 提交了申请`, `${who} submitted the request`), node: run.graph.start.id }
}
