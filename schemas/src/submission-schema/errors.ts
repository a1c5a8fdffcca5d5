import type { Condition } from '../generated/types.ts'

/**
 * Decides a condition JSON Schema cannot express (initiator tests, CEL, formula fields) for the submitted
 * values. Injected by the caller: the expression package sits above schemas in the dependency order.
 */
export type EvaluateCondition = (condition: Condition, values: Record<string, unknown>) => boolean

/** A form that cannot be turned into a submission validator (the definition lint reports the same). */
export class SubmissionSchemaError extends Error {
  override name = 'SubmissionSchemaError'
}
