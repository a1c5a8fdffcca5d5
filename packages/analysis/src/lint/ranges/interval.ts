import { Decimal } from '@signoff/decimal'

export interface Bound {
  value: Decimal
  inclusive: boolean
}

/** A set of numbers between two bounds; a missing bound is infinite. */
export interface Interval {
  lower?: Bound
  upper?: Bound
}

export const everything: Interval = {}

/**
 * Values a field can hold: multiples of 10^-places, or any decimal when places is undefined. Money
 * with two places has no value strictly between 4999.99 and 5000, so that is no gap.
 */
export type Grid = number | undefined

function stricterLower(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (!a || !b) return a ?? b
  const order = a.value.compare(b.value)
  if (order !== 0) return order > 0 ? a : b
  return a.inclusive ? b : a
}

function stricterUpper(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (!a || !b) return a ?? b
  const order = a.value.compare(b.value)
  if (order !== 0) return order < 0 ? a : b
  return a.inclusive ? b : a
}

function interval(lower: Bound | undefined, upper: Bound | undefined): Interval {
  return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) }
}

export function intersect(a: Interval, b: Interval): Interval {
  return interval(stricterLower(a.lower, b.lower), stricterUpper(a.upper, b.upper))
}

function ceiling(value: Decimal, places: number): Decimal {
  return value.round(places, value.isNegative() ? 'down' : 'up')
}

function step(places: number): Decimal {
  return Decimal.parse(places === 0 ? '1' : `0.${'0'.repeat(places - 1)}1`)
}

export function isEmpty(range: Interval, grid: Grid): boolean {
  const { lower, upper } = range
  if (!lower || !upper) return false
  if (grid === undefined) {
    const order = lower.value.compare(upper.value)
    return order > 0 || (order === 0 && !(lower.inclusive && upper.inclusive))
  }
  let first = ceiling(lower.value, grid)
  if (!lower.inclusive && first.eq(lower.value)) first = first.add(step(grid))
  return upper.inclusive ? first.gt(upper.value) : first.gte(upper.value)
}

/** The parts of `range` outside `hole`. */
export function subtract(range: Interval, hole: Interval, grid: Grid): Interval[] {
  const pieces: Interval[] = []
  if (hole.lower) {
    pieces.push(intersect(range, { upper: { value: hole.lower.value, inclusive: !hole.lower.inclusive } }))
  }
  if (hole.upper) {
    pieces.push(intersect(range, { lower: { value: hole.upper.value, inclusive: !hole.upper.inclusive } }))
  }
  return pieces.filter((piece) => !isEmpty(piece, grid))
}

/** The parts of `range` outside every one of `holes`. */
export function subtractAll(range: Interval, holes: readonly Interval[], grid: Grid): Interval[] {
  return holes.reduce<Interval[]>(
    (left, hole) => left.flatMap((piece) => subtract(piece, hole, grid)),
    isEmpty(range, grid) ? [] : [range],
  )
}

export function isPoint(range: Interval): boolean {
  return !!range.lower && !!range.upper && range.lower.value.eq(range.upper.value)
}

export function formatInterval(range: Interval): string {
  if (isPoint(range) && range.lower) return range.lower.value.toString()
  const left = range.lower ? `${range.lower.inclusive ? '[' : '('}${range.lower.value}` : '(−∞'
  const right = range.upper ? `${range.upper.value}${range.upper.inclusive ? ']' : ')'}` : '+∞)'
  return `${left}, ${right}`
}
