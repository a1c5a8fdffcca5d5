import { checkCondition, compileCondition, formEnvironment } from '@signoff/expression'
import type { Condition, FormDefinition, Issue } from '@signoff/schemas'

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

// cel-js messages carry a source excerpt on later lines; the first line is what a person needs.
const firstLine = (message: string) => message.split('\n')[0] ?? message

function checkInRow(source: string, form: FormDefinition, tableId: string): Issue[] {
  const result = formEnvironment(form).rowEnv(tableId).check(source)
  if (!result.valid) {
    return [{ code: 'expression.type', message: firstLine(result.error?.message ?? 'invalid'), path: '/cel' }]
  }
  if (result.type !== 'bool' && result.type !== 'dyn') {
    return [
      {
        code: 'expression.resultType',
        message: `the expression gives ${result.type}, but true/false is needed`,
        path: '/cel',
      },
    ]
  }
  return []
}

/** Problems of a condition against the form (and the table row, in a row scope); none means it type-checks. */
export function conditionIssues(value: Condition, form: FormDefinition, scope?: ConditionScope): Issue[] {
  if (scope && 'cel' in value) return checkInRow(value.cel, form, scope.tableId)
  return checkCondition(value, form)
}

/** The value advanced mode stores for its text: the schema's raw-CEL form, or nothing for blank text. */
export function celCondition(text: string): Condition | undefined {
  return text.trim() === '' ? undefined : { cel: text }
}
