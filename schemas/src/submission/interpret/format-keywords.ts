import { formatCheck } from './formats.ts'
import type { KeywordContext, KeywordSpec } from './node.ts'

// formatMinimum and its kin (ajv-formats): compare with the format's own order. A value the format
// rejects compares as undefined and passes here (`format` reports it).
const comparisons = {
  formatMaximum: { okStr: '<=', fails: (order: number) => order > 0 },
  formatMinimum: { okStr: '>=', fails: (order: number) => order < 0 },
  formatExclusiveMaximum: { okStr: '<', fails: (order: number) => order >= 0 },
  formatExclusiveMinimum: { okStr: '>', fails: (order: number) => order <= 0 },
} as const

type FormatLimit = keyof typeof comparisons

const formatLimit = (keyword: FormatLimit): KeywordSpec => ({
  groups: ['string'],
  message: (p) => `should be ${String(p.comparison)} ${String(p.limit)}`,
  build(value: unknown, c: KeywordContext) {
    if (typeof value !== 'string') throw new Error(`"${keyword}" must be a string`)
    if (c.schema.format === undefined) throw new Error(`"${keyword}" needs "format" beside it`)
    const { compare } = formatCheck(c.schema.format)
    if (!compare)
      throw new Error(`"${keyword}": format "${String(c.schema.format)}" does not define "compare"`)
    const { okStr, fails } = comparisons[keyword]
    return (data, path, run) => {
      const order = compare(data as string, value)
      return (
        order === undefined || !fails(order) || c.fail(run, data, path, { comparison: okStr, limit: value })
      )
    }
  },
})

export const formatKeywords = {
  format: {
    // Registered for numbers and strings as in Ajv; every format here is a string format, so only a
    // string is ever checked.
    groups: ['number', 'string'],
    message: (p) => `must match format "${String(p.format)}"`,
    build(value, c) {
      const { validate } = formatCheck(value)
      return (data, path, run) =>
        typeof data !== 'string' || validate(data) || c.fail(run, data, path, { format: value })
    },
  },
  formatMaximum: formatLimit('formatMaximum'),
  formatMinimum: formatLimit('formatMinimum'),
  formatExclusiveMaximum: formatLimit('formatExclusiveMaximum'),
  formatExclusiveMinimum: formatLimit('formatExclusiveMinimum'),
} satisfies Record<string, KeywordSpec>
