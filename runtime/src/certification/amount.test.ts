import { describe, expect, it } from 'vitest'
import { randomDepositAmount, sameAmount } from './amount.ts'

describe('micro-deposit amounts', () => {
  it('are exact two-decimal CNY from 0.01 to 1.00', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const amount = randomDepositAmount()
      expect(amount).toMatch(/^(0\.\d\d|1\.00)$/)
      expect(amount).not.toBe('0.00')
      seen.add(amount)
    }
    // 2000 draws from 100 values: all but a vanishing chance of any missing.
    expect(seen.size).toBeGreaterThan(90)
  })

  it('match only to the cent, without rounding', () => {
    expect(sameAmount('0.37', '0.37')).toBe(true)
    expect(sameAmount('0.370', '0.37')).toBe(true)
    expect(sameAmount('0.371', '0.37')).toBe(false)
    expect(sameAmount('0.36', '0.37')).toBe(false)
    expect(sameAmount('', '0.37')).toBe(false)
    expect(sameAmount(undefined, '0.37')).toBe(false)
    expect(sameAmount('1', '1.00')).toBe(true)
  })

  it('refuse anything that is not a whole number of cents, whatever its shape', () => {
    for (const entry of [
      '-0.37',
      'abc',
      '37',
      '0.3700000000000000001',
      '1e-1',
      `${'9'.repeat(40)}.00`,
      null,
      {},
      ['0.37'],
      true,
    ])
      expect(sameAmount(entry, '0.37'), JSON.stringify(entry)).toBe(false)
    expect(sameAmount(0.37, '0.37')).toBe(true)
    expect(sameAmount('0.10', '0.1')).toBe(true)
  })
})
