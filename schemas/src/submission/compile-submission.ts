import type { ErrorObject } from 'ajv'
import type { JsonSchema } from './json-schema.ts'
import { createSubmissionAjv, type EvaluateCondition } from './submission-ajv.ts'

/** A submission schema made ready to check values: the verdict, then Ajv-shaped `errors`. */
export interface SubmissionCheck {
  (data: unknown): boolean
  errors?: readonly ErrorObject[] | null
}

/**
 * On the server (and in Node generally) submission schemas are compiled to code by Ajv, the fastest
 * check once built. Browser builds resolve `#submission-compiler` to compile-submission.browser.ts
 * instead (schemas/package.json "imports"), which interprets the schema with the same verdict and errors.
 */
export function compileSubmissionSchema(schema: JsonSchema, evaluate?: EvaluateCondition): SubmissionCheck {
  return createSubmissionAjv(evaluate).compile(schema)
}
