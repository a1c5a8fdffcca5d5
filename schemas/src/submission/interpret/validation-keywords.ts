import { deepEqual } from './deep-equal.ts'
import type { KeywordContext, KeywordSpec } from './node.ts'

const count = (value: unknown, keyword: string): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new Error(`"${keyword}" must be a non-negative integer, not ${JSON.stringify(value)}`)
  return value
}
const finite = (value: unknown, keyword: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`"${keyword}" must be a number, not ${JSON.stringify(value)}`)
  return value
}

// Ajv counts code points, so a character outside the BMP (an emoji, a rare CJK ideograph) counts once.
const length = (text: string) => {
  let n = 0
  for (const _ of text) n++
  return n
}

const limit =
  (keyword: string, measure: (data: never) => number, ok: (size: number, limit: number) => boolean) =>
  (value: unknown, c: KeywordContext) => {
    const bound = keyword.endsWith('imum') ? finite(value, keyword) : count(value, keyword)
    return (data: unknown, path: string, run: Parameters<KeywordContext['fail']>[0]) =>
      ok(measure(data as never), bound) || c.fail(run, data, path, comparisonParams(keyword, bound))
  }

const comparisonParams = (keyword: string, bound: number): Record<string, unknown> =>
  keyword === 'minimum'
    ? { comparison: '>=', limit: bound }
    : keyword === 'maximum'
      ? { comparison: '<=', limit: bound }
      : { limit: bound }

const lengthMessage = (more: boolean, unit: string) => (params: Record<string, unknown>) =>
  `must NOT have ${more ? 'more' : 'fewer'} than ${String(params.limit)} ${unit}`

const itemCount = (data: unknown[]) => data.length
const same = (data: unknown, option: unknown) =>
  typeof option === 'object' && option !== null ? deepEqual(data, option) : data === option

/** Ajv's validation vocabulary, as far as submission schemas use it. */
export const validationKeywords = {
  maximum: {
    groups: ['number'],
    message: (p) => `must be ${String(p.comparison)} ${String(p.limit)}`,
    build: limit(
      'maximum',
      (data: number) => data,
      (size, bound) => size <= bound,
    ),
  },
  minimum: {
    groups: ['number'],
    message: (p) => `must be ${String(p.comparison)} ${String(p.limit)}`,
    build: limit(
      'minimum',
      (data: number) => data,
      (size, bound) => size >= bound,
    ),
  },
  maxLength: {
    groups: ['string'],
    message: lengthMessage(true, 'characters'),
    build: limit('maxLength', length, (size, bound) => size <= bound),
  },
  minLength: {
    groups: ['string'],
    message: lengthMessage(false, 'characters'),
    build: limit('minLength', length, (size, bound) => size >= bound),
  },
  pattern: {
    groups: ['string'],
    message: (p) => `must match pattern "${String(p.pattern)}"`,
    build(value, c) {
      if (typeof value !== 'string') throw new Error('"pattern" must be a string')
      // As Ajv compiles patterns (unicodeRegExp): a pattern that is not valid in unicode mode throws here.
      const regExp = new RegExp(value, 'u')
      return (data, path, run) => regExp.test(data as string) || c.fail(run, data, path, { pattern: value })
    },
  },
  maxItems: {
    groups: ['array'],
    message: lengthMessage(true, 'items'),
    build: limit('maxItems', itemCount, (size, bound) => size <= bound),
  },
  minItems: {
    groups: ['array'],
    message: lengthMessage(false, 'items'),
    build: limit('minItems', itemCount, (size, bound) => size >= bound),
  },
  required: {
    groups: ['object'],
    message: (p) => `must have required property '${String(p.missingProperty)}'`,
    build(value, c) {
      if (!Array.isArray(value) || !value.every((id) => typeof id === 'string'))
        throw new Error('"required" must be a list of property names')
      if (value.length === 0) return undefined
      return (data, path, run) => {
        let valid = true
        for (const id of value as string[]) {
          // Ajv tests `data[id] === undefined`: a property set to undefined is missing.
          if ((data as Record<string, unknown>)[id] !== undefined) continue
          valid = c.fail(run, data, path, { missingProperty: id })
          if (!run.allErrors) break
        }
        return valid
      }
    },
  },
  const: {
    groups: ['any'],
    message: () => 'must be equal to constant',
    build: (value, c) => (data, path, run) =>
      same(data, value) || c.fail(run, data, path, { allowedValue: value }),
  },
  enum: {
    groups: ['any'],
    message: () => 'must be equal to one of the allowed values',
    build(value, c) {
      if (!Array.isArray(value)) throw new Error('"enum" must be a list')
      return (data, path, run) =>
        value.some((option) => same(data, option)) || c.fail(run, data, path, { allowedValues: value })
    },
  },
} satisfies Record<string, KeywordSpec>
