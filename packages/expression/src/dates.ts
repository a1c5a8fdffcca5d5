import { Decimal } from '@signoff/decimal'
import { dayNumber as civilDayNumber, isCalendarDate } from '@signoff/schemas'
import { ExpressionError } from './errors.ts'
import { limits } from './limits.ts'

const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** Days since 1970-01-01 for a "YYYY-MM-DD" date, or undefined if it is not a real calendar date. */
export function dayNumber(text: string): number | undefined {
  return datePattern.test(text) && isCalendarDate(text) ? civilDayNumber(text) : undefined
}

export function isDate(text: unknown): text is string {
  return typeof text === 'string' && dayNumber(text) !== undefined
}

function requireDay(text: string): number {
  const day = dayNumber(text)
  if (day === undefined) throw new ExpressionError('eval', `"${text}" is not a date (YYYY-MM-DD)`)
  return day
}

/** Calendar days from start to end (negative when end is earlier). */
export function daysBetween(start: string, end: string): number {
  return requireDay(end) - requireDay(start)
}

export interface WorkCalendar {
  /** Public holidays: days off even on a weekday. */
  holidays: ReadonlySet<string>
  /** Make-up working days (调休): days worked even on a weekend. */
  workdays: ReadonlySet<string>
}

function isWorkingDay(day: number, text: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(text)) return true
  if (calendar.holidays.has(text)) return false
  // 1970-01-01 was a Thursday: (day + 4) mod 7 gives 0 for Sunday.
  const weekday = (((day + 4) % 7) + 7) % 7
  return weekday !== 0 && weekday !== 6
}

function dateText(day: number): string {
  // Inverse of dayNumber (civil-from-days).
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function walk(start: string, end: string): { first: number; last: number } {
  const first = requireDay(start)
  const last = requireDay(end)
  if (last - first > limits.dateSpanDays) {
    throw new ExpressionError('limit', `a date span of more than ${limits.dateSpanDays} days is not counted`)
  }
  return { first, last }
}

/** Working days from start to end, both included; 0 when end is before start. */
export function workingDays(start: string, end: string, calendar: WorkCalendar): number {
  const { first, last } = walk(start, end)
  let count = 0
  for (let day = first; day <= last; day++) if (isWorkingDay(day, dateText(day), calendar)) count++
  return count
}

export interface DateRangeValue {
  start: string
  end: string
  startHalf: string
  endHalf: string
}

/** Working days of a leave period; starting in the afternoon or ending in the morning takes half a day off each. */
export function leaveDays(range: DateRangeValue, calendar: WorkCalendar): Decimal {
  const { first, last } = walk(range.start, range.end)
  if (last < first) return Decimal.zero
  const half = Decimal.parse('0.5')
  let days = Decimal.parse(workingDays(range.start, range.end, calendar))
  if (range.startHalf === 'pm' && isWorkingDay(first, range.start, calendar)) days = days.sub(half)
  if (range.endHalf === 'am' && isWorkingDay(last, range.end, calendar)) days = days.sub(half)
  return days.isNegative() ? Decimal.zero : days
}
