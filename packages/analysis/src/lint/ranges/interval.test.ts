import { Decimal } from '@signoff/decimal'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { everything, formatInterval, type Interval, intersect, isEmpty, subtractAll } from './interval.ts'

const d = (text: string) => Decimal.parse(text)
const open = (lower?: string, upper?: string): Interval => ({
  ...(lower ? { lower: { value: d(lower), inclusive: false } } : {}),
  ...(upper ? { upper: { value: d(upper), inclusive: false } } : {}),
})
const closed = (lower: string, upper: string): Interval => ({
  lower: { value: d(lower), inclusive: true },
  upper: { value: d(upper), inclusive: true },
})

describe('intervals', () => {
  it.each<[string, Interval, number | undefined, boolean]>([
    ['a point', closed('5', '5'), undefined, false],
    ['an open point', open('5', '5'), undefined, true],
    ['crossed bounds', closed('6', '5'), undefined, true],
    ['between two cents, continuous', open('4999.99', '5000'), undefined, false],
    ['between two cents, in money', open('4999.99', '5000'), 2, true],
    ['between 3 and 4 in whole numbers', open('3', '4'), 0, true],
    ['between -4 and -3 in whole numbers', open('-4', '-3'), 0, true],
    [
      'from -3.5 to -3 in whole numbers',
      { ...open(undefined, '-2'), lower: { value: d('-3.5'), inclusive: true } },
      0,
      false,
    ],
    ['unbounded', open('5'), 2, false],
  ])('%s is empty: %s', (_, range, grid, empty) => {
    expect(isEmpty(range, grid)).toBe(empty)
  })

  it('formats points, open and closed ends, and infinity', () => {
    expect(formatInterval(closed('5000', '5000'))).toBe('5000')
    expect(
      formatInterval({ ...open(undefined, '10000'), upper: { value: d('10000'), inclusive: true } }),
    ).toBe('(−∞, 10000]')
    expect(formatInterval(open('1.5'))).toBe('(1.5, +∞)')
  })

  it('leaves exactly the missing point when > 5000 and < 5000 are removed', () => {
    expect(subtractAll(everything, [open('5000'), open(undefined, '5000')], undefined)).toEqual([
      closed('5000', '5000'),
    ])
  })

  // A value lies in the remainder exactly when it lies in the range and in none of the holes.
  it('subtracts exactly', () => {
    const bound = fc.integer({ min: -20, max: 20 }).map(String)
    const range = fc.record({ a: bound, b: bound, ai: fc.boolean(), bi: fc.boolean() }).map(
      ({ a, b, ai, bi }): Interval => ({
        lower: { value: d(a), inclusive: ai },
        upper: { value: d(b), inclusive: bi },
      }),
    )
    fc.assert(
      fc.property(
        range,
        fc.array(range, { maxLength: 4 }),
        fc.integer({ min: -45, max: 45 }),
        (whole, holes, twice) => {
          const x = d(String(twice / 2))
          const point = closed(x.toString(), x.toString())
          const inside = (r: Interval) => !isEmpty(intersect(r, point), undefined)
          const rest = subtractAll(whole, holes, undefined)
          expect(rest.some(inside)).toBe(inside(whole) && !holes.some(inside))
        },
      ),
    )
  })
})
