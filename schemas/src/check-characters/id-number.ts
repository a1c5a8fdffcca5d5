import { isCalendarDate } from './calendar.ts'

// GB 11643-1999 公民身份号码: address code (6 digits), birth date (8), sequence (3), check character.
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** The check character for the first 17 digits: (12 − Σ mod 11) mod 11, with 10 written X. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (weights[i] ?? 0)
  const check = (12 - (sum % 11)) % 11
  return check === 10 ? 'X' : String(check)
}

/** The number as stored: a lower-case x check character (as people type it) upper-cased. */
export function normalizeIdNumber(s: string): string {
  return s.toUpperCase()
}

/**
 * Whether `s` is an 18-character resident ID number: province digit 1–8, a real birth date from 1900
 * on (calendar only: without a clock a future birth date cannot be told apart), and the check character.
 * A lower-case x is accepted; store the number through normalizeIdNumber.
 */
export function isValidIdNumber(s: string): boolean {
  const id = normalizeIdNumber(s)
  if (!/^[1-8]\d{16}[\dX]$/.test(id)) return false
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (!isCalendarDate(birth) || birth < '1900-01-01') return false
  return idNumberCheckCharacter(id.slice(0, 17)) === id.charAt(17)
}
