export { Decimal, DecimalError, type RoundingMode } from './decimal.ts'
export { compareDecimalStrings, isDecimalString } from './strings.ts'
