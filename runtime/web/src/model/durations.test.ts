import { describe, expect, it } from 'vitest'
import { formatMinutes, weekStart } from './durations.ts'

describe('formatMinutes', () => {
  it('reads minutes, hours and days in each language', () => {
    expect(formatMinutes(null, 'zh-CN')).toBe('—')
    expect(formatMinutes(0, 'zh-CN')).toBe('不到 1 分钟')
    expect(formatMinutes(0, 'en')).toBe('under 1 min')
    expect(formatMinutes(30, 'zh-CN')).toBe('30 分钟')
    expect(formatMinutes(195, 'zh-CN')).toBe('3.3 小时')
    expect(formatMinutes(2874, 'en')).toBe('47.9 h')
    expect(formatMinutes(3600, 'en')).toBe('2.5 d')
  })

  it('tells short waits apart to the minute', () => {
    expect(['1', '2', '5', '59'].map((n) => formatMinutes(Number(n), 'zh-CN'))).toEqual([
      '1 分钟',
      '2 分钟',
      '5 分钟',
      '59 分钟',
    ])
    expect(formatMinutes(60, 'en')).toBe('1 h')
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
