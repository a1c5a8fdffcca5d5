import { describe, expect, it } from 'vitest'
import { nextDay, startOfDay } from './zoned-day.ts'

describe('startOfDay', () => {
  it.each([
    ['2026-11-23', 'Asia/Shanghai', '2026-11-22T16:00:00.000Z'],
    ['2026-11-23', 'UTC', '2026-11-23T00:00:00.000Z'],
    ['2026-07-01', 'America/New_York', '2026-07-01T04:00:00.000Z'],
    ['2026-01-01', 'America/New_York', '2026-01-01T05:00:00.000Z'],
    // The day clocks spring forward still starts at local midnight.
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'],
    ['2026-11-23', 'Asia/Kolkata', '2026-11-22T18:30:00.000Z'],
  ])('%s in %s starts at %s', (date, zone, expected) => {
    expect(startOfDay(date, zone)).toBe(expected)
  })

  it('steps to the next day across month and year ends', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
    expect(nextDay('2028-02-28')).toBe('2028-02-29')
  })
})
