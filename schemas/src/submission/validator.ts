import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { addChineseFormats } from '../formats/register.ts'
import type { Condition, FormDefinition } from '../generated/types.ts'
import type { ValidationResult } from '../validate.ts'
import { evaluatedKeyword } from './conditions.ts'
import { dateSpanKeyword } from './date-keywords.ts'
import { decimalKeywords } from './decimal-keywords.ts'
import { fileAcceptKeyword } from './file-keywords.ts'
import { type FormFields, formFields } from './form-fields.ts'
import { submissionIssues } from './issues.ts'
import { deriveSubmission } from './submission-schema.ts'

export type SubmissionValues = Record<string, unknown>

/** Decides a condition the submission schema cannot express (initiator tests, CEL, formula results...). */
export type EvaluateCondition = (condition: Condition, values: SubmissionValues) => boolean

export interface SubmissionValidatorOptions {
  evaluateCondition?: EvaluateCondition
}

const isRecord = (value: unknown): value is SubmissionValues =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * An Ajv instance that understands submission schemas: the standard and Chinese formats, exact decimal
 * bounds, file types, date spans and, when given, the evaluator for conditions only it can decide.
 */
export function createSubmissionAjv(evaluate?: EvaluateCondition): Ajv2020 {
  // Conditions put `properties` and `required` in schemas without a type, so strictTypes is off;
  // unknown keywords are still refused.
  const ajv = new Ajv2020({
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allErrors: true,
    verbose: true,
  })
  addFormats.default(ajv)
  addChineseFormats(ajv)
  for (const keyword of [...decimalKeywords, fileAcceptKeyword, dateSpanKeyword]) ajv.addKeyword(keyword)
  ajv.addKeyword({
    keyword: evaluatedKeyword,
    schemaType: 'object',
    validate: (condition: Condition, values: unknown) => {
      if (!evaluate) throw new Error('this submission schema needs an evaluateCondition function')
      return isRecord(values) && evaluate(condition, values)
    },
  })
  return ajv
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
  const validate = createSubmissionAjv(options.evaluateCondition).compile(schema)
  const fields = formFields(form)
  return (values) =>
    validate(values) && isRecord(values)
      ? { ok: true, value: normalized(values, fields) }
      : { ok: false, issues: submissionIssues(validate.errors, fields) }
}
