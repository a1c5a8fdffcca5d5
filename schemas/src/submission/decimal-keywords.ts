import { Decimal, isDecimalString } from '@signoff/decimal'
import type { KeywordDefinition } from 'ajv'

// Money and number bounds compare exactly: the value (a decimal string, or a JSON number taken by its
// shortest round-trip text) and the bound are both parsed into decimals, never into floats. A value
// that is not a decimal passes here; its type or pattern reports it.
type Test = (value: Decimal, bound: Decimal) => boolean

const bounds = {
  decimalMinimum: (value, bound) => value.gte(bound),
  decimalMaximum: (value, bound) => value.lte(bound),
  decimalExclusiveMinimum: (value, bound) => value.gt(bound),
  decimalExclusiveMaximum: (value, bound) => value.lt(bound),
} satisfies Record<string, Test>

export type DecimalBoundKeyword = keyof typeof bounds

function boundKeyword(keyword: DecimalBoundKeyword, test: Test): KeywordDefinition {
  return {
    keyword,
    type: ['string', 'number'],
    schemaType: ['string', 'number'],
    compile(schema: string | number) {
      const bound = Decimal.parse(schema)
      return (data: string | number) => {
        const value = Decimal.tryParse(data)
        return value === undefined || test(value, bound)
      }
    },
  }
}

// A string counts the decimals as written ("5000.000" has three), so what is stored is what was checked.
const decimalPlaces: KeywordDefinition = {
  keyword: 'decimalPlaces',
  type: ['string', 'number'],
  schemaType: 'number',
  compile(places: number) {
    return (data: string | number) => {
      if (typeof data === 'string') return !isDecimalString(data) || isDecimalString(data, places)
      return (Decimal.tryParse(data)?.decimalPlaces ?? 0) <= places
    }
  },
}

export const decimalKeywords: KeywordDefinition[] = [
  decimalPlaces,
  ...Object.entries(bounds).map(([keyword, test]) => boundKeyword(keyword as DecimalBoundKeyword, test)),
]
