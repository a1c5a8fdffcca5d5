import { Decimal } from '@signoff/decimal'
import type { Condition } from '@signoff/schemas'
import { precisionOf } from '../field-parts.ts'
import { type FormIndex, topLevelValued } from '../form-index.ts'
import { type Grid, type Interval, intersect } from './interval.ts'

export interface FieldRange {
  field: string
  range: Interval
  grid: Grid
}

type Leaf = { field: string; range: Interval }

const comparisons: Record<string, (value: Decimal) => Interval> = {
  gt: (value) => ({ lower: { value, inclusive: false } }),
  gte: (value) => ({ lower: { value, inclusive: true } }),
  lt: (value) => ({ upper: { value, inclusive: false } }),
  lte: (value) => ({ upper: { value, inclusive: true } }),
  eq: (value) => ({ lower: { value, inclusive: true }, upper: { value, inclusive: true } }),
}

function leaf(condition: Condition): Leaf | undefined {
  if (!('field' in condition)) return undefined
  const toRange = comparisons[condition.op]
  const value = typeof condition.value === 'boolean' ? undefined : Decimal.tryParse(condition.value)
  return toRange && value ? { field: condition.field, range: toRange(value) } : undefined
}

// Money keeps two places unless configured; a number without precision may hold any decimal.
const gridFallback = { money: 2, number: undefined } as const

/**
 * The range of one number or money field a condition accepts, when it is a single comparison or an
 * `all` of comparisons on that one field; undefined for any other condition.
 */
export function fieldRange(condition: Condition, form: FormIndex): FieldRange | undefined {
  const leaves = 'all' in condition ? condition.all.map(leaf) : [leaf(condition)]
  const first = leaves[0]
  if (!first || !leaves.every((item) => item?.field === first.field)) return undefined
  const entry = topLevelValued(form, first.field)
  if (!entry || (entry.value !== 'money' && entry.value !== 'number')) return undefined
  return {
    field: first.field,
    range: leaves.reduce<Interval>((range, item) => (item ? intersect(range, item.range) : range), {}),
    grid: precisionOf(entry.field, gridFallback[entry.value]),
  }
}
