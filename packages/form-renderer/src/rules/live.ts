import { type ExpressionScope, expressionScope } from '@signoff/expression'
import { type Condition, type FormDefinition, pruneHidden } from '@signoff/schemas'
import type { FormValues, RuleContext } from '../types.ts'

// A keystroke evaluates many conditions and formulas of one form in the same surroundings: convert the
// surroundings once per (form, context) instead of at each call. Surroundings that cannot be converted
// leave no scope, and every evaluation fails as it would on the server.
const scopes = new WeakMap<FormDefinition, WeakMap<RuleContext, ExpressionScope | null>>()

function scopeFor(form: FormDefinition, context: RuleContext): ExpressionScope | null {
  let byContext = scopes.get(form)
  if (!byContext) {
    byContext = new WeakMap()
    scopes.set(form, byContext)
  }
  let scope = byContext.get(context)
  if (scope === undefined) {
    try {
      scope = expressionScope(form, context)
    } catch {
      scope = null
    }
    byContext.set(context, scope)
  }
  return scope
}

/** Whether a condition holds; one that cannot be evaluated does not, as on the server. */
export function conditionHolds(
  form: FormDefinition,
  condition: Condition,
  values: FormValues,
  context: RuleContext,
): boolean {
  try {
    return scopeFor(form, context)?.holds(condition, values) ?? false
  } catch {
    return false
  }
}

function withFormulas(form: FormDefinition, values: FormValues, context: RuleContext): FormValues {
  const scope = scopeFor(form, context)
  if (!scope) return values
  try {
    return scope.computeFormulas(values)
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
