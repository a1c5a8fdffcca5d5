import type { FlowNode } from '@signoff/schemas'
import { refuse } from '../model/refusal.ts'
import { computedFields, permissionsAt } from '../permissions.ts'
import { eventDate, type Run } from '../run.ts'
import { expressionScopeFor } from './expression-context.ts'
import { validateSubmission, withoutHidden } from './validation.ts'

/** Whether two objects hold the very same values under the same keys (what pruning leaves untouched). */
function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
  )
}

/**
 * Applies an actor's edits made at a node: every edited field must be editable there (formula values are
 * dropped: the system computes them). Over the merged data the formulas are recomputed, values of fields
 * their visibleWhen hides are dropped, and the whole submission must then pass the form's validator.
 */
export function applyEdits(run: Run, node: FlowNode, edits: Record<string, unknown> | undefined): void {
  if (edits === undefined) return
  if (typeof edits !== 'object' || edits === null || Array.isArray(edits))
    refuse('invalid_values', 'values must be an object keyed by field id', '/values')
  const { form } = run.definition
  const permissions = permissionsAt(run.definition, node)
  const computed = computedFields(form)
  const accepted: Record<string, unknown> = {}
  for (const [id, value] of Object.entries(edits)) {
    if (computed.has(id)) continue
    const permission = permissions.get(id)
    if (permission === undefined) refuse('invalid_values', `the form has no field "${id}"`, `/values/${id}`)
    if (permission !== 'edit')
      refuse('field_not_editable', `field "${id}" is ${permission} at node "${node.id}"`, `/values/${id}`)
    accepted[id] = value
  }
  const merged = { ...run.state.values, ...accepted }
  for (const id of computed) delete merged[id]
  const scope = expressionScopeFor(form, run.org, run.state.initiator, eventDate(run))
  // Hiding may depend on formula results, and dropping a hidden value may change them: compute twice,
  // unless nothing was hidden (the same input gives the same results).
  const firstPass = scope.computeFormulas(merged)
  const shown = withoutHidden(form, firstPass, scope)
  const values = sameEntries(shown, firstPass) ? firstPass : scope.computeFormulas(shown)
  const result = validateSubmission(form, values, scope)
  if (!result.ok) {
    const [first] = result.issues
    refuse(
      'invalid_values',
      first ? `${first.path || '/'}: ${first.message}` : 'the values do not fit the form',
      '/values',
      result.issues,
    )
  }
  run.state.values = result.value
}
