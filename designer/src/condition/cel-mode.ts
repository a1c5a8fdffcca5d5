import { type BilingualIssue, checkCondition, checkExpression, compileCondition } from '@signoff/expression'
import type { Condition, FormDefinition } from '@signoff/schemas'

/** Where a condition is read: the whole form, or one row of a detail table (`row.<column>` then exists too). */
export interface ConditionScope {
  tableId: string
}

/** The CEL a condition compiles to, or undefined while it does not fit the form. */
export function compiledCel(value: Condition | undefined, form: FormDefinition): string | undefined {
  if (!value) return undefined
  if ('cel' in value) return value.cel
  try {
    return compileCondition(value, form)
  } catch {
    return undefined
  }
}

// A row condition reads `row` as well, which the whole-form check does not know.
function checkInRow(source: string, form: FormDefinition, tableId: string): BilingualIssue[] {
  return checkExpression(source, form, 'bool', tableId).map((issue) => ({ ...issue, path: '/cel' }))
}

/** Problems of a condition against the form (and the table row, in a row scope); none means it type-checks. */
export function conditionIssues(
  value: Condition,
  form: FormDefinition,
  scope?: ConditionScope,
): BilingualIssue[] {
  if (scope && 'cel' in value) return checkInRow(value.cel, form, scope.tableId)
  return checkCondition(value, form)
}

/** The value advanced mode stores for its text: the schema's raw-CEL form, or nothing for blank text. */
export function celCondition(text: string): Condition | undefined {
  return text.trim() === '' ? undefined : { cel: text }
}
