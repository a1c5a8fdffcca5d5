import { isCalendarDate } from './calendar.ts'

// GB 11643-1999 公民身份号码: 6-digit address code, 8-digit birth date, 3-digit sequence, check char.
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const checkChars = '10X98765432'

// First two digits of the address code: the provinces (GB/T 2260), and 71/81/82/83 as used for
// Taiwan and the residence permits of Hong Kong, Macao and Taiwan residents.
const provinces = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
])

/** Check character for the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (weights[i] ?? 0)
  return checkChars.charAt(sum % 11)
}

export interface IdNumberOptions {
  /** "YYYY-MM-DD": a birth date after this day is rejected. Without it only the calendar is checked. */
  today?: string
}

export function isValidIdNumber(s: string, options: IdNumberOptions = {}): boolean {
  if (!/^\d{17}[\dX]$/.test(s)) return false
  if (!provinces.has(Number(s.slice(0, 2)))) return false
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`
  if (!isCalendarDate(birth) || birth < '1900-01-01') return false
  if (options.today !== undefined && birth > options.today) return false
  return idNumberCheckChar(s.slice(0, 17)) === s.charAt(17)
}
