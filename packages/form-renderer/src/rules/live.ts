import { computeFormulas, evaluateCondition } from '@signoff/expression'
import { type Condition, type FormDefinition, pruneHidden } from '@signoff/schemas'
import type { FormValues, RuleContext } from '../types.ts'

/** Whether a condition holds; one that cannot be evaluated does not, as on the server. */
export function conditionHolds(
  form: FormDefinition,
  condition: Condition,
  values: FormValues,
  context: RuleContext,
): boolean {
  try {
    return evaluateCondition(condition, form, { ...context, values })
  } catch {
    return false
  }
}

function withFormulas(form: FormDefinition, values: FormValues, context: RuleContext): FormValues {
  try {
    return computeFormulas(form, values, context)
  } catch {
    // A definition with a formula cycle still renders while it is being designed.
    return values
  }
}

/**
 * The values as the server will keep them: formulas computed, values of hidden fields dropped, and the
 * formulas computed again because dropping a value may change them (the engine's order exactly).
 */
export function submittedValues(form: FormDefinition, values: FormValues, context: RuleContext): FormValues {
  const holds = (condition: Condition, current: FormValues) =>
    conditionHolds(form, condition, current, context)
  const shown = pruneHidden(form, withFormulas(form, values, context), holds)
  return withFormulas(form, shown, context)
}
