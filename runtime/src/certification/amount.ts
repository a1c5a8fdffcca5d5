import { randomInt, timingSafeEqual } from 'node:crypto'
import { Decimal } from '@signoff/decimal'

/** A uniformly random amount from 0.01 to 1.00 CNY as exact decimal text, from the system's CSPRNG. */
export function randomDepositAmount(): string {
  const cents = randomInt(1, 101)
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

/** Wide enough for any amount a bank would send; longer entries are simply wrong. */
const centsWidth = 16
const hundred = Decimal.parse(100)

/** A whole, non-negative number of cents as fixed-width digits; undefined for anything else. */
function centsText(value: Decimal): string | undefined {
  let cents: Decimal
  try {
    cents = value.mul(hundred)
  } catch {
    return undefined // beyond the decimal type's digits: no amount at all
  }
  if (!cents.isInteger() || cents.isNegative()) return undefined
  const digits = cents.toFixed(0)
  return digits.length <= centsWidth ? digits.padStart(centsWidth, '0') : undefined
}

/**
 * The entered amount equals the deposit to the cent (no rounding: 0.370 is 0.37, 0.371 is not). Both
 * become fixed-width cents compared with timingSafeEqual, and an unreadable entry is compared all the
 * same, so how long the check takes says nothing about how many digits of a guess were right.
 */
export function sameAmount(entered: unknown, amount: string): boolean {
  const expected = centsText(Decimal.parse(amount))
  if (expected === undefined) return false
  const parsed =
    typeof entered === 'string' || typeof entered === 'number' ? Decimal.tryParse(entered) : undefined
  const given = parsed === undefined ? undefined : centsText(parsed)
  const equal = timingSafeEqual(Buffer.from(given ?? '-'.repeat(centsWidth)), Buffer.from(expected))
  return equal && given !== undefined
}
