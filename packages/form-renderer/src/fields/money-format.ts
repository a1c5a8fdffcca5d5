import { Decimal } from '@signoff/decimal'
import { toChineseUppercase } from '@signoff/expression'

const symbols: Record<string, string> = { CNY: '¥', USD: '$', EUR: '€', GBP: '£', JPY: '¥', HKD: 'HK$' }

export const currencySymbol = (currency = 'CNY') => symbols[currency] ?? currency

const decimalText = /^-?\d+(\.\d+)?$/

/** "12000.5" → "12,000.50" at the given places; anything that is not a decimal comes back as it is. */
export function groupedAmount(value: string, places?: number): string {
  if (!decimalText.test(value)) return value
  const fixed = places === undefined ? value : (Decimal.tryParse(value)?.toFixed(places) ?? value)
  const [integer = '', fraction] = fixed.split('.')
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/** 人民币大写 of an amount, or nothing while it is not a decimal. */
export function uppercaseOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !decimalText.test(value)) return undefined
  try {
    return toChineseUppercase(value)
  } catch {
    return undefined
  }
}

/** What a person types as an amount, as the decimal text a submission holds: "¥1,234.5 " → "1234.5". */
export function amountFromInput(text: string): string | undefined {
  const cleaned = text.replace(/[\s,，¥$€£]/g, '').replace(/。/g, '.')
  return cleaned === '' ? undefined : cleaned
}

/** On leaving the input a valid amount gets the field's places ("12" → "12.00"), never rounded. */
export function paddedAmount(value: string, places: number): string {
  if (!decimalText.test(value)) return value
  const fraction = value.split('.')[1] ?? ''
  return fraction.length <= places ? (Decimal.tryParse(value)?.toFixed(places) ?? value) : value
}
