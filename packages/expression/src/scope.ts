import type { Condition, FormDefinition } from '@signoff/schemas'
import { conditionProgram } from './condition-program.ts'
import { celSurroundings, type Surroundings, withForm } from './context.ts'
import { formEnvironment } from './environment.ts'
import { computeFormulasWith, conditionResult } from './evaluate.ts'
import { toCelForm } from './form-model.ts'

/** Conditions over one set of values, converted to CEL once for all of them. */
export interface BoundValues {
  holds(condition: Condition): boolean
}

/**
 * The expressions of one form in fixed surroundings (initiator, day, calendar, org): they are checked and
 * converted once, when the scope is made, instead of on every evaluation. Only the values vary.
 */
export interface ExpressionScope {
  /** As evaluateCondition: whether the condition holds for these values. */
  holds(condition: Condition, values: Record<string, unknown>): boolean
  /**
   * For several conditions over the same values (a condition node's branches): the values are converted
   * once. They must not change while the result is in use.
   */
  bind(values: Record<string, unknown>): BoundValues
  /** As computeFormulas. */
  computeFormulas(values: Record<string, unknown>): Record<string, unknown>
}

/** Throws an ExpressionError, as evaluateCondition would, when the surroundings are not valid. */
export function expressionScope(form: FormDefinition, surroundings: Surroundings): ExpressionScope {
  const fe = formEnvironment(form)
  const variables = celSurroundings(surroundings)
  const bind = (values: Record<string, unknown>): BoundValues => {
    let context: Record<string, unknown> | undefined
    return {
      holds: (condition) => {
        // The condition is checked before the values are read, as evaluateCondition does.
        const program = conditionProgram(condition, form)
        context ??= withForm(variables, toCelForm(fe.model, values))
        return conditionResult(program.run(context))
      },
    }
  }
  return {
    holds: (condition, values) => bind(values).holds(condition),
    bind,
    computeFormulas: (values) => computeFormulasWith(fe, values, variables),
  }
}
