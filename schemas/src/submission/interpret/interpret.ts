import type { JsonSchema } from '../json-schema.ts'
import { buildNode } from './build.ts'
import type { SchemaError } from './errors.ts'
import type { ConditionEvaluator } from './node.ts'

/** Called like an Ajv validate function: the verdict, then `errors` (null when valid). */
export interface SchemaValidator {
  (data: unknown): boolean
  errors: SchemaError[] | null
}

export interface InterpretOptions {
  /** Decides the conditions only it can (the `evaluatedCondition` keyword); without it they throw. */
  evaluateCondition?: ConditionEvaluator
}

/**
 * Checks values against a submission schema (`submissionSchema(form)`) by walking it, with the
 * verdict and errors Ajv gives with `createSubmissionAjv` (all errors, verbose) but without generating
 * code, so it runs under a Content-Security-Policy without 'unsafe-eval'. It knows exactly the
 * keywords and formats submission schemas use and throws here, at build time, on any other.
 */
export function interpretSubmissionSchema(
  schema: JsonSchema,
  options: InterpretOptions = {},
): SchemaValidator {
  const root = buildNode(schema)
  const validate = (data: unknown): boolean => {
    const run = { errors: [], allErrors: true, evaluate: options.evaluateCondition }
    const valid = root(data, '', run)
    validate.errors = valid ? null : run.errors
    return valid
  }
  validate.errors = null as SchemaError[] | null
  return validate
}
