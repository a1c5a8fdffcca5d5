import type { Condition, FormDefinition } from '@signoff/schemas'
import { conditionProgram } from './condition-program.ts'
import { celSurroundings, type Surroundings, withForm } from './context.ts'
import { formEnvironment } from './environment.ts'
import { computeFormulasWith, conditionResult } from './evaluate.ts'
import { toCelForm, toCelFormReading } from './form-model.ts'
import { programReads } from './form-reads.ts'

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
    // Each condition converts only the fields it reads, into a record shared by the later conditions;
    // one that may read anything gets the whole form, once.
    const partial = new fe.model.formClass()
    const converted = new Set<string>()
    let partialContext: Record<string, unknown> | undefined
    let wholeContext: Record<string, unknown> | undefined
    const contextFor = (reads: ReadonlySet<string> | undefined) => {
      if (reads === undefined) {
        wholeContext ??= withForm(variables, toCelForm(fe.model, values))
        return wholeContext
      }
      const missing = new Set([...reads].filter((id) => !converted.has(id)))
      if (missing.size > 0) {
        for (const [id, value] of toCelFormReading(fe.model, values, missing)) partial.set(id, value)
        for (const id of missing) converted.add(id)
      }
      partialContext ??= withForm(variables, partial)
      return partialContext
    }
    return {
      holds: (condition) => {
        // The condition is checked before the values are read, as evaluateCondition does.
        const program = conditionProgram(condition, form)
        return conditionResult(program.run(contextFor(programReads(program))))
      },
    }
  }
  return {
    holds: (condition, values) => {
      const program = conditionProgram(condition, form)
      const record = toCelFormReading(fe.model, values, programReads(program))
      return conditionResult(program.run(withForm(variables, record)))
    },
    bind,
    computeFormulas: (values) => computeFormulasWith(fe, values, variables),
  }
}
