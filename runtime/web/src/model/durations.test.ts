import { describe, expect, it } from 'vitest'
import { formatHours, weekStart } from './durations.ts'

describe('formatHours', () => {
  it('reads minutes, hours and days in each language', () => {
    expect(formatHours(null, 'zh-CN')).toBe('—')
    expect(formatHours(0, 'zh-CN')).toBe('不到 6 分钟')
    expect(formatHours(0.5, 'zh-CN')).toBe('30 分钟')
    expect(formatHours(3.25, 'zh-CN')).toBe('3.3 小时')
    expect(formatHours(47.9, 'en')).toBe('47.9 h')
    expect(formatHours(60, 'en')).toBe('2.5 d')
    expect(formatHours(0, 'en')).toBe('under 6 min')
  })
})

describe('weekStart', () => {
  it('gives the Monday of an ISO week, across a year boundary too', () => {
    expect(weekStart('2026-W48')).toBe('11/23')
    expect(weekStart('2026-W01')).toBe('12/29')
    expect(weekStart('2021-W01')).toBe('1/4')
    expect(weekStart('soon')).toBe('soon')
  })
})
