import { Decimal } from '@signoff/decimal'
import type { ConditionLiteral, FieldComparison } from '@signoff/schemas'
import { celString } from './cel-literal.ts'
import { isDate } from './dates.ts'
import type { Shape } from './shapes.ts'
import { toTimestamp } from './shapes.ts'

export type Operator = FieldComparison['op']

/** What a structured condition may do with a field of each shape. */
export interface OperandSpec {
  ops: readonly Operator[]
  /** The CEL literal for a condition value, or undefined when the value does not fit the field. */
  literal(value: ConditionLiteral): string | undefined
  /** How to write a value, for messages: `use ${expects}`. */
  expects: string
}

const ordered: readonly Operator[] = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'notIn',
  'empty',
  'notEmpty',
]
const presence: readonly Operator[] = ['empty', 'notEmpty']
const quoted = (value: ConditionLiteral) => (typeof value === 'string' ? celString(value) : undefined)

export const operands = {
  decimal: {
    ops: ordered,
    literal: (value) => {
      const exact = typeof value === 'boolean' ? undefined : Decimal.tryParse(value)
      return exact ? `decimal("${exact.toString()}")` : undefined
    },
    expects: 'a number written as text, such as "5000" or "0.5"',
  },
  text: {
    ops: ['eq', 'ne', 'in', 'notIn', 'contains', 'notContains', 'empty', 'notEmpty'],
    literal: quoted,
    expects: 'text',
  },
  choice: {
    ops: ['eq', 'ne', 'in', 'notIn', 'empty', 'notEmpty'],
    literal: quoted,
    expects: 'an option value or id',
  },
  date: {
    ops: ordered,
    literal: (value) => (isDate(value) ? celString(value) : undefined),
    expects: 'a date such as "2024-05-01"',
  },
  datetime: {
    ops: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'],
    literal: (value) => (toTimestamp(value) ? `timestamp(${celString(String(value))})` : undefined),
    expects: 'a date and time with an offset, such as "2024-05-01T09:00:00+08:00"',
  },
  bool: {
    ops: ['eq', 'ne', 'empty', 'notEmpty'],
    literal: (value) => (typeof value === 'boolean' ? String(value) : undefined),
    expects: 'true or false',
  },
  multi: {
    ops: ['contains', 'notContains', 'in', 'notIn', 'empty', 'notEmpty'],
    literal: quoted,
    expects: 'an option value or id',
  },
  dateRange: { ops: presence, literal: () => undefined, expects: 'no value' },
  files: { ops: presence, literal: () => undefined, expects: 'no value' },
  rows: { ops: presence, literal: () => undefined, expects: 'no value' },
} as const satisfies Record<Shape, OperandSpec>

/** Operators whose value is a list (a single value is taken as a list of one). */
export const listOperators: ReadonlySet<Operator> = new Set(['in', 'notIn'])

function scalarTest(op: Operator, ref: string, values: string[]): string {
  const list = `[${values.join(', ')}]`
  const [first = '""'] = values
  const positive: Partial<Record<Operator, string>> = {
    eq: `${ref} == ${first}`,
    gt: `${ref} > ${first}`,
    gte: `${ref} >= ${first}`,
    lt: `${ref} < ${first}`,
    lte: `${ref} <= ${first}`,
    in: `${ref} in ${list}`,
    contains: `${ref}.contains(${first})`,
  }
  const negated: Partial<Record<Operator, Operator>> = { ne: 'eq', notIn: 'in', notContains: 'contains' }
  const base = negated[op]
  // A missing value satisfies no positive test and every negated one.
  if (base) return `(!has(${ref}) || !(${positive[base]}))`
  if (op === 'empty') return `!has(${ref})`
  if (op === 'notEmpty') return `has(${ref})`
  return `(has(${ref}) && ${positive[op]})`
}

function listTest(op: Operator, ref: string, values: string[]): string {
  const list = `[${values.join(', ')}]`
  const tests: Partial<Record<Operator, string>> = {
    contains: `${list}.all(v, v in ${ref})`,
    notContains: `!${list}.all(v, v in ${ref})`,
    in: `${ref}.exists(v, v in ${list})`,
    notIn: `!${ref}.exists(v, v in ${list})`,
    empty: `size(${ref}) == 0`,
    notEmpty: `size(${ref}) > 0`,
  }
  return `(${tests[op] ?? 'false'})`
}

/** CEL for `ref op values`, where values are CEL literals already. */
export function comparisonCel(op: Operator, ref: string, values: string[], list: boolean): string {
  return list ? listTest(op, ref, values) : scalarTest(op, ref, values)
}
