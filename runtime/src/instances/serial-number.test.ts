import { describe, expect, it } from 'vitest'
import { formatSerial, serialPeriod } from './serial-number.ts'

// 2026-11-23 17:30 UTC is already 2026-11-24 in Shanghai.
const at = new Date('2026-11-23T17:30:00Z')

describe('serial numbers', () => {
  it.each([
    [
      { prefix: 'QJ', datePart: 'yyyyMMdd', digits: 4, reset: 'daily' } as const,
      7,
      'QJ-20261124-0007',
      '20261124',
    ],
    [{ prefix: 'CG', datePart: 'yyyy', digits: 6, reset: 'yearly' } as const, 123, 'CG-2026-000123', '2026'],
    [{ prefix: 'X', datePart: 'none', digits: 3, reset: 'never' } as const, 12, 'X-012', ''],
    [{ prefix: '', datePart: 'yyyyMM', digits: 3, reset: 'monthly' } as const, 1, '202611-001', '202611'],
    [undefined, 1, '20261124-0001', '20261124'],
  ])('%j number %i → %s (period %s)', (rule, counter, serial, period) => {
    expect(formatSerial(rule, at, 'Asia/Shanghai', counter)).toBe(serial)
    expect(serialPeriod(rule, at, 'Asia/Shanghai')).toBe(period)
  })

  it('takes the date in the configured time zone', () => {
    expect(formatSerial({ prefix: 'QJ' }, at, 'UTC', 1)).toBe('QJ-20261123-0001')
  })
})
