import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { addChineseFormats } from '../formats/register.ts'
import type { Condition } from '../generated/types.ts'
import { evaluatedKeyword } from './conditions.ts'
import { dateSpanKeyword } from './date-keywords.ts'
import { decimalKeywords } from './decimal-keywords.ts'
import { fileAcceptKeyword } from './file-keywords.ts'

export type SubmissionValues = Record<string, unknown>

/** Decides a condition the submission schema cannot express (initiator tests, CEL, formula results...). */
export type EvaluateCondition = (condition: Condition, values: SubmissionValues) => boolean

const isRecord = (value: unknown): value is SubmissionValues =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * (In a module of its own so that browser builds, which interpret submission schemas, bundle no Ajv.)
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
