import { computeFormulas } from '@signoff/expression'
import type { FlowNode } from '@signoff/schemas'
import { refuse } from '../model/refusal.ts'
import { computedFields, permissionsAt } from '../permissions.ts'
import { eventDate, type Run } from '../run.ts'
import { expressionContext } from './expression-context.ts'

/**
 * Applies an actor's edits made at a node: every edited field must be editable there (formula values are
 * dropped: the system computes them), then the formulas are recomputed over the merged data.
 */
export function applyEdits(run: Run, node: FlowNode, edits: Record<string, unknown> | undefined): void {
  if (edits === undefined) return
  if (typeof edits !== 'object' || edits === null || Array.isArray(edits))
    refuse('invalid_values', 'values must be an object keyed by field id', '/values')
  const permissions = permissionsAt(run.definition, node)
  const computed = computedFields(run.definition.form)
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
  const { values: _, ...context } = expressionContext(run.org, run.state.initiator, merged, eventDate(run))
  run.state.values = computeFormulas(run.definition.form, merged, context)
}
