import { Decimal } from './decimal.ts'

const decimalText = /^-?(0|[1-9]\d*)(\.\d+)?$/

/** Whether `text` is a plain decimal (no exponent, no leading zeros) with at most `maxPlaces` decimals. */
export function isDecimalString(text: string, maxPlaces = Number.POSITIVE_INFINITY): boolean {
  if (!decimalText.test(text)) return false
  const point = text.indexOf('.')
  return point < 0 || text.length - point - 1 <= maxPlaces
}

export function compareDecimalStrings(a: string, b: string): -1 | 0 | 1 {
  return Decimal.parse(a).compare(Decimal.parse(b))
}
