import type { ErrorObject } from 'ajv'
import type { SubmissionCheck } from './compile-submission.ts'
import { interpretSubmissionSchema } from './interpret/interpret.ts'
import type { JsonSchema } from './json-schema.ts'
import type { EvaluateCondition } from './submission-ajv.ts'

/**
 * In the browser a submission schema is interpreted, not compiled by Ajv: the designer's pages (the
 * engine's simulation checks each step's values) run under a Content-Security-Policy without
 * 'unsafe-eval'. Same verdict and errors as Ajv's (interpret/matches-ajv.test.ts).
 */
export function compileSubmissionSchema(schema: JsonSchema, evaluate?: EvaluateCondition): SubmissionCheck {
  const validate = interpretSubmissionSchema(schema, evaluate ? { evaluateCondition: evaluate } : {})
  const check = (data: unknown): boolean => {
    const valid = validate(data)
    check.errors = validate.errors as unknown as ErrorObject[] | null
    return valid
  }
  check.errors = null as readonly ErrorObject[] | null
  return check
}
