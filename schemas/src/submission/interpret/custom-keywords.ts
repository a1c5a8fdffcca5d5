import type { FuncKeywordDefinition, KeywordDefinition, SchemaValidateFunction } from 'ajv'
import type { Condition } from '../../generated/types.ts'
import { evaluatedKeyword } from '../conditions.ts'
import { dateSpanKeyword } from '../date-keywords.ts'
import { decimalKeywords } from '../decimal-keywords.ts'
import { fileAcceptKeyword } from '../file-keywords.ts'
import type { Group } from './data-types.ts'
import type { SchemaError } from './errors.ts'
import type { KeywordSpec } from './node.ts'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const listOf = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/**
 * Runs one of Signoff's Ajv keyword definitions (the very same `compile` or `validate` function Ajv is
 * given), so both validators share the keyword's logic. Errors the function leaves are kept, else
 * Ajv's generic one is reported.
 */
function fromDefinition(definition: KeywordDefinition): KeywordSpec {
  const { keyword, compile, validate } = definition as FuncKeywordDefinition
  const types = listOf(definition.type) as Group[]
  return {
    groups: types.length > 0 ? types : ['any'],
    message: () => `must pass "${String(keyword)}" keyword validation`,
    build(value, c) {
      const test = (compile?.(value, c.schema, undefined as never) ?? validate) as
        | ((schema: unknown, data: unknown) => boolean)
        | ((data: unknown) => boolean)
        | undefined
      if (!test) throw new Error(`keyword "${String(keyword)}" has neither compile nor validate`)
      const run = compile
        ? (data: unknown) => (test as (data: unknown) => boolean)(data)
        : (data: unknown) => (test as (schema: unknown, data: unknown) => boolean)(value, data)
      return (data, path, pass) => {
        if (run(data)) return true
        const own = (test as SchemaValidateFunction).errors
        if (!Array.isArray(own)) return c.fail(pass, data, path)
        for (const error of own as Partial<SchemaError>[])
          pass.errors.push({
            ...error,
            keyword: error.keyword ?? String(keyword),
            params: error.params ?? {},
            instancePath: error.instancePath ?? path,
            schemaPath: `${c.schemaPath}/${String(keyword)}`,
            schema: value,
            data,
          })
        return false
      }
    },
  }
}

const decimal = Object.fromEntries(
  decimalKeywords.map((definition) => [String(definition.keyword), fromDefinition(definition)]),
)

/** Signoff's own keywords, from the definitions `createSubmissionAjv` registers, in its order. */
export const customKeywords = {
  // decimalPlaces, then the bounds: the order createSubmissionAjv adds them in.
  ...decimal,
  fileAccept: fromDefinition(fileAcceptKeyword),
  dateSpan: fromDefinition(dateSpanKeyword),
  [evaluatedKeyword]: {
    groups: ['any'],
    message: () => `must pass "${evaluatedKeyword}" keyword validation`,
    build: (value, c) => (data, path, run) => {
      if (!run.evaluate) throw new Error('this submission schema needs an evaluateCondition function')
      return (isRecord(data) && run.evaluate(value as Condition, data)) || c.fail(run, data, path)
    },
  },
} satisfies Record<string, KeywordSpec>
