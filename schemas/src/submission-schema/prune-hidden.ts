import type { FormDefinition } from '../generated/types.ts'
import { compiledSubmission } from './compiled.ts'
import type { EvaluateCondition } from './errors.ts'
import type { SubmissionContext } from './keywords.ts'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The values without those of hidden fields (visibleWhen false, or inside a hidden group), as the renderer
 * submits them. Removing a value can hide another field, so this repeats until nothing changes. The
 * conditions are the submission schema's own, so pruned values never fail as "field is hidden".
 */
export function pruneHidden(
  form: FormDefinition,
  values: Record<string, unknown>,
  evaluateCondition?: EvaluateCondition,
): Record<string, unknown> {
  const { visibility } = compiledSubmission(form)
  const context: SubmissionContext = { evaluateCondition }
  const pruned: Record<string, unknown> = { ...values }
  for (const [key, rows] of Object.entries(pruned))
    if (Array.isArray(rows)) pruned[key] = rows.map((row) => (isRecord(row) ? { ...row } : row))
  for (let round = 0; round <= visibility.length; round++) {
    let changed = false
    for (const { id, tableId, visible } of visibility) {
      if (visible.call(context, pruned)) continue
      const rows = tableId === undefined ? undefined : pruned[tableId]
      const records = tableId === undefined ? [pruned] : Array.isArray(rows) ? rows : []
      for (const record of records)
        if (isRecord(record) && Object.hasOwn(record, id)) {
          delete record[id]
          changed = true
        }
    }
    if (!changed) break
  }
  return pruned
}
