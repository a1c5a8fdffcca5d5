import { describe, expect, it } from 'vitest'
import { Decimal, DecimalError } from './decimal.ts'
import { compareDecimalStrings, isDecimalString } from './strings.ts'

const d = (x: string | number | bigint) => Decimal.parse(x)

describe('Decimal', () => {
  it.each([
    ['0.1', '0.2', '0.3'],
    ['5000', '0.01', '5000.01'],
    ['-1.50', '1.5', '0'],
    ['99999999999999999999.99', '0.01', '100000000000000000000'],
  ])('%s + %s = %s exactly', (a, b, sum) => {
    expect(d(a).add(d(b)).toString()).toBe(sum)
  })

  it('parses numbers by their shortest text, so float artefacts never enter', () => {
    expect(d(0.1).add(d(0.2)).eq(d('0.3'))).toBe(true)
    expect(d(1e21).toString()).toBe('1000000000000000000000')
    expect(d(1.5e-7).toString()).toBe('0.00000015')
    expect(d(12n).toString()).toBe('12')
  })

  it('compares across scales: 5000 = 5000.00 < 5000.01', () => {
    expect(d('5000').compare(d('5000.00'))).toBe(0)
    expect(d('5000.00').lt(d('5000.01'))).toBe(true)
    expect(d('-0.01').lt(d('0'))).toBe(true)
    expect(d('10000').gt(d('9999.999'))).toBe(true)
  })

  it.each([
    ['2.5', 0, 'halfUp', '3'],
    ['2.5', 0, 'halfEven', '2'],
    ['3.5', 0, 'halfEven', '4'],
    ['-2.5', 0, 'halfUp', '-3'],
    ['1.005', 2, 'halfUp', '1.01'],
    ['1.999', 2, 'down', '1.99'],
    ['1.001', 2, 'up', '1.01'],
  ] as const)('rounds %s to %i places (%s) → %s', (value, places, mode, expected) => {
    expect(d(value).round(places, mode).toString()).toBe(expected)
  })

  it('multiplies exactly and divides to a chosen precision', () => {
    expect(d('19.99').mul(d('3')).toString()).toBe('59.97')
    expect(d('1').div(d('3'), 4).toString()).toBe('0.3333')
    expect(d('2').div(d('3'), 2).toString()).toBe('0.67')
    expect(d('-10').div(d('4'), 0).toString()).toBe('-3')
    expect(() => d('1').div(d('0'))).toThrow(DecimalError)
  })

  it('formats with fixed places', () => {
    expect(d('5000').toFixed(2)).toBe('5000.00')
    expect(d('0.005').toFixed(2)).toBe('0.01')
    expect(d('-0.5').toFixed(0)).toBe('-1')
    expect(d('0.07').toFixed(3)).toBe('0.070')
    expect(JSON.stringify({ total: d('12.30') })).toBe('{"total":"12.3"}')
  })

  it.each(['', '.', 'abc', '1e5', '1,000', '0x10', ' - 1', 'NaN', '1.2.3'])('rejects %j', (text) => {
    expect(() => d(text)).toThrow(DecimalError)
  })

  it('rejects non-finite numbers and absurdly long values', () => {
    expect(() => d(Number.NaN)).toThrow(DecimalError)
    expect(() => d(Number.POSITIVE_INFINITY)).toThrow(DecimalError)
    expect(() => d('9'.repeat(41))).toThrow(DecimalError)
    expect(Decimal.tryParse('x')).toBeUndefined()
    expect(Decimal.tryParse({})).toBeUndefined()
  })
})

describe('decimal strings', () => {
  it.each([
    ['5000.00', 2, true],
    ['5000.001', 2, false],
    ['0.5', 0, false],
    ['007', 2, false],
    ['-12.5', 2, true],
    ['1e3', 2, false],
  ] as const)('isDecimalString(%j, %i) = %s', (text, places, expected) => {
    expect(isDecimalString(text, places)).toBe(expected)
  })

  it('compares exactly', () => {
    expect(compareDecimalStrings('10000', '10000.00')).toBe(0)
    expect(compareDecimalStrings('10000.01', '10000')).toBe(1)
  })
})

describe('division rounding uses the exact remainder', () => {
  it.each([
    ['1', '8', 2, 'halfEven', '0.12'],
    ['1.0000001', '8', 2, 'halfEven', '0.13'],
    ['10001', '10000', 0, 'up', '2'],
    ['-7', '2', 0, 'halfUp', '-4'],
    ['7', '-2', 0, 'down', '-3'],
    ['0.5', '0.25', 0, 'halfUp', '2'],
  ] as const)('%s / %s at %i places (%s) = %s', (a, b, places, mode, expected) => {
    expect(d(a).div(d(b), places, mode).toString()).toBe(expected)
  })
})
