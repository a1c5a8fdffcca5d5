import { Decimal } from '@signoff/decimal'
import type { FuncKeywordDefinition, KeywordDefinition } from 'ajv'
import type { DataValidationCxt } from 'ajv/dist/types/index.js'
import { dayNumber, isCalendarDate } from '../check-characters/calendar.ts'
import type { Condition } from '../generated/types.ts'
import { type EvaluateCondition, SubmissionSchemaError } from './errors.ts'

/** What a submission validator passes as `this` to keyword functions (Ajv's passContext). */
export interface SubmissionContext {
  evaluateCondition?: EvaluateCondition
}

const decimalBound = { type: ['string', 'number'], minLength: 1 }

function exactBound(
  keyword: string,
  holds: (value: Decimal, bound: Decimal) => boolean,
): FuncKeywordDefinition {
  return {
    keyword,
    type: ['string', 'number'],
    schemaType: ['string', 'number'],
    metaSchema: decimalBound,
    compile: (schema: string | number) => {
      const bound = Decimal.tryParse(schema)
      if (!bound) throw new SubmissionSchemaError(`${keyword}: ${JSON.stringify(schema)} is not a decimal`)
      // An unreadable value fails the bound: the field's own pattern reports why.
      return (data: string | number) => {
        const value = Decimal.tryParse(data)
        return value !== undefined && holds(value, bound)
      }
    },
  }
}

function writtenPlaces(data: string | number): number | undefined {
  if (typeof data === 'number') return Decimal.tryParse(data)?.decimalPlaces
  // A string keeps the places it was written with: "5000.100" has three, though it equals 5000.1.
  const point = data.indexOf('.')
  return point < 0 ? 0 : data.length - point - 1
}

function isFilled(data: unknown): boolean {
  if (data === undefined || data === null) return false
  if (typeof data === 'string') return data.trim() !== ''
  if (Array.isArray(data)) return data.length > 0
  return true
}

function matchesAccept(rule: string, name: string, mime: string): boolean {
  if (rule.startsWith('.')) return name.toLowerCase().endsWith(rule.toLowerCase())
  if (rule.endsWith('/*')) return mime.toLowerCase().startsWith(rule.slice(0, -1).toLowerCase())
  return mime.toLowerCase() === rule.toLowerCase()
}

interface DateRangeValue {
  start?: unknown
  end?: unknown
  startHalf?: unknown
  endHalf?: unknown
}

const bothDates = (range: DateRangeValue): range is { start: string; end: string } =>
  typeof range.start === 'string' &&
  typeof range.end === 'string' &&
  isCalendarDate(range.start) &&
  isCalendarDate(range.end)

/** Days a range covers, counting both ends, a pm start or an am end as half a day. */
export function rangeDays(range: {
  start: string
  end: string
  startHalf?: unknown
  endHalf?: unknown
}): number {
  const whole = dayNumber(range.end) - dayNumber(range.start) + 1
  return whole - (range.startHalf === 'pm' ? 0.5 : 0) - (range.endHalf === 'am' ? 0.5 : 0)
}

/**
 * The keywords submission schemas use beyond JSON Schema: exact decimal bounds and places (money never
 * goes through a float), presence, file types, date-range order and length, and the one keyword that
 * hands conditions JSON Schema cannot express to the evaluator the caller injected.
 */
export const submissionKeywords: readonly KeywordDefinition[] = [
  exactBound('decimalMinimum', (value, bound) => value.gte(bound)),
  exactBound('decimalMaximum', (value, bound) => value.lte(bound)),
  exactBound('decimalExclusiveMinimum', (value, bound) => value.gt(bound)),
  exactBound('decimalExclusiveMaximum', (value, bound) => value.lt(bound)),
  {
    keyword: 'maxDecimalPlaces',
    type: ['string', 'number'],
    schemaType: 'number',
    metaSchema: { type: 'integer', minimum: 0, maximum: 40 },
    compile: (places: number) => (data: string | number) => (writtenPlaces(data) ?? places + 1) <= places,
  },
  {
    keyword: 'filled',
    schemaType: 'boolean',
    metaSchema: { const: true },
    compile: () => isFilled,
  },
  {
    keyword: 'acceptFile',
    type: 'object',
    schemaType: 'array',
    metaSchema: { type: 'array', items: { type: 'string', minLength: 2 }, minItems: 1 },
    compile: (rules: string[]) => (file: { name?: unknown; mime?: unknown }) =>
      typeof file.name === 'string' &&
      typeof file.mime === 'string' &&
      rules.some((rule) => matchesAccept(rule, file.name as string, file.mime as string)),
  },
  {
    keyword: 'dateRangeOrder',
    type: 'object',
    schemaType: 'boolean',
    metaSchema: { const: true },
    compile: () => (range: DateRangeValue) => !bothDates(range) || rangeDays(range) > 0,
  },
  {
    keyword: 'dateRangeMaxDays',
    type: 'object',
    schemaType: 'number',
    metaSchema: { type: 'integer', minimum: 1 },
    compile: (maxDays: number) => (range: DateRangeValue) => !bothDates(range) || rangeDays(range) <= maxDays,
  },
  {
    keyword: 'evaluatedCondition',
    schemaType: 'object',
    compile: (condition: Condition) =>
      function evaluate(this: SubmissionContext | undefined, _data: unknown, cxt?: DataValidationCxt) {
        const evaluateCondition = this?.evaluateCondition
        if (!evaluateCondition)
          throw new SubmissionSchemaError(
            `the condition ${JSON.stringify(condition)} needs an evaluateCondition function`,
          )
        return evaluateCondition(condition, (cxt?.rootData ?? {}) as Record<string, unknown>)
      },
  },
]
