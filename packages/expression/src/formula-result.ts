import { Decimal } from '@signoff/decimal'
import type { Field } from '@signoff/schemas'
import { isDate } from './dates.ts'
import { ExpressionError } from './errors.ts'
import { type FieldProps, props } from './field-props.ts'
import { valueType } from './value-types.ts'

type ResultType = NonNullable<FieldProps['resultType']>

interface ResultSpec {
  /** CEL types an expression may give for this result type. */
  accepts: readonly string[]
  /** CEL result → submission value. */
  toSubmission(value: unknown, field: Field): unknown
}

function decimalText(value: unknown, field: Field): string {
  const exact =
    value instanceof Decimal ? value : typeof value === 'bigint' ? Decimal.parse(value) : undefined
  if (!exact) throw new ExpressionError('eval', `formula ${field.id} did not give a number`)
  const places = valueType(field)?.places?.(field)
  return places === undefined ? exact.toString() : exact.toFixed(places)
}

function expect<T>(value: unknown, test: (value: unknown) => value is T, field: Field, what: string): T {
  if (!test(value)) throw new ExpressionError('eval', `formula ${field.id} did not give ${what}`)
  return value
}

export const resultTypes = {
  number: { accepts: ['decimal', 'int'], toSubmission: (value, field) => decimalText(value, field) },
  money: { accepts: ['decimal', 'int'], toSubmission: (value, field) => decimalText(value, field) },
  text: {
    accepts: ['string'],
    toSubmission: (value, field) => expect(value, (v): v is string => typeof v === 'string', field, 'text'),
  },
  boolean: {
    accepts: ['bool'],
    toSubmission: (value, field) =>
      expect(value, (v): v is boolean => typeof v === 'boolean', field, 'true or false'),
  },
  date: {
    accepts: ['string'],
    toSubmission: (value, field) => expect(value, isDate, field, 'a date (YYYY-MM-DD)'),
  },
} as const satisfies Record<ResultType, ResultSpec>

export function resultSpec(field: Field): ResultSpec {
  return resultTypes[props(field).resultType ?? 'number']
}
