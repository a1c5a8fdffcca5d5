import { describe, expect, it } from 'vitest'
import { barWidths } from './bars.ts'

describe('barWidths', () => {
  it('scales to the largest value, keeps a sliver for small ones and nothing for zero', () => {
    expect(barWidths([10, 5, 0, 0.01])).toEqual([100, 50, 0, 2])
  })
  it('is all zero for no data', () => {
    expect(barWidths([])).toEqual([])
    expect(barWidths([0, 0])).toEqual([0, 0])
  })
})
