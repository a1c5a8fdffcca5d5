import type { Condition, FormDefinition } from '../generated/types.ts'
import { formFields } from './form-fields.ts'
import type { EvaluateCondition, SubmissionValues } from './validator.ts'

/**
 * The values without those of hidden fields (a field is hidden when its visibleWhen, or that of a
 * layout field around it, does not hold), as the renderer submits them. Removing a value can hide
 * another field, so it repeats until nothing changes.
 */
export function pruneHidden(
  form: FormDefinition,
  values: SubmissionValues,
  evaluate: EvaluateCondition,
): SubmissionValues {
  const { top, tables } = formFields(form)
  const current: SubmissionValues = { ...values }
  const shown = (conditions: Condition[]) => conditions.every((condition) => evaluate(condition, current))
  let changed = true
  while (changed) {
    changed = false
    for (const [id, field] of top)
      if (Object.hasOwn(current, id) && !shown(field.visibleWhen)) {
        delete current[id]
        changed = true
      }
    for (const [tableId, columns] of tables) {
      const rows = current[tableId]
      if (!Array.isArray(rows)) continue
      const hidden = [...columns].filter(([, column]) => !shown(column.visibleWhen)).map(([id]) => id)
      const holding = (row: unknown) =>
        typeof row === 'object' && row !== null && hidden.some((id) => Object.hasOwn(row, id))
      if (!rows.some(holding)) continue
      current[tableId] = rows.map((row: SubmissionValues) =>
        holding(row) ? Object.fromEntries(Object.entries(row).filter(([id]) => !hidden.includes(id))) : row,
      )
      changed = true
    }
  }
  return current
}
