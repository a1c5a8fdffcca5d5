import { compileSubmissionSchema } from '#submission-compiler'
import type { FormDefinition } from '../generated/types.ts'
import type { ValidationResult } from '../validate.ts'
import { type FormFields, formFields } from './form-fields.ts'
import { submissionIssues } from './issues.ts'
import type { EvaluateCondition, SubmissionValues } from './submission-ajv.ts'
import { deriveSubmission } from './submission-schema.ts'

export { createSubmissionAjv, type EvaluateCondition, type SubmissionValues } from './submission-ajv.ts'

const isRecord = (value: unknown): value is SubmissionValues =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export interface SubmissionValidatorOptions {
  evaluateCondition?: EvaluateCondition
}

function normalized(values: SubmissionValues, fields: FormFields): SubmissionValues {
  const copy: SubmissionValues = { ...values }
  for (const [id, { spec }] of fields.top) {
    const value = copy[id]
    if (spec.normalize && typeof value === 'string') copy[id] = spec.normalize(value)
  }
  for (const [tableId, columns] of fields.tables) {
    const rows = copy[tableId]
    if (Array.isArray(rows))
      copy[tableId] = rows.map((row: SubmissionValues) =>
        normalized(row, { top: columns, tables: new Map() }),
      )
  }
  return copy
}

/**
 * Validates what an employee submits for this form with the schema `submissionSchema(form)` derives.
 * A valid submission comes back with its text values in stored form (bank account spaces removed).
 * Throws at creation when a condition needs an evaluator and none is given.
 */
export function createSubmissionValidator(
  form: FormDefinition,
  options: SubmissionValidatorOptions = {},
): (values: unknown) => ValidationResult<SubmissionValues> {
  const { schema, evaluatorNeededBy } = deriveSubmission(form)
  if (evaluatorNeededBy.length > 0 && !options.evaluateCondition)
    throw new Error(
      `these conditions need an evaluator (initiator tests, CEL, formula or date-time comparisons): ${evaluatorNeededBy.join(', ')}; pass options.evaluateCondition`,
    )
  const validate = compileSubmissionSchema(schema, options.evaluateCondition)
  const fields = formFields(form)
  return (values) =>
    validate(values) && isRecord(values)
      ? { ok: true, value: normalized(values, fields) }
      : { ok: false, issues: submissionIssues(validate.errors, fields) }
}
