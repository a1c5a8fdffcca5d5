import { afterEach, describe, expect, it } from 'vitest'
import type { JsonSchema } from '../json-schema.ts'
import { createSubmissionAjv } from '../validator.ts'
import { interpretSubmissionSchema } from './interpret.ts'

const evaluateCondition = (condition: unknown, values: Record<string, unknown>) =>
  (condition as { cel: string }).cel === 'yes' && values.flag === true

function check(schema: JsonSchema, value: unknown) {
  const validate = interpretSubmissionSchema(schema, { evaluateCondition })
  const valid = validate(value)
  return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`) }
}

function ajvCheck(schema: JsonSchema, value: unknown) {
  const validate = createSubmissionAjv(evaluateCondition).compile(schema)
  const valid = validate(value)
  return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`) }
}

// [keyword, schema, value, the errors expected as "instancePath keyword" ([] when valid)]
type Row = [string, JsonSchema, unknown, string[]]
const file = { type: 'object', fileAccept: ['.pdf', 'image/*'] }
const rows: Row[] = [
  ['type', { type: 'string' }, 1, [' type']],
  ['type integer', { type: 'integer', minimum: 0 }, 1.5, [' type']],
  ['type number refuses NaN', { type: 'number' }, Number.NaN, [' type']],
  ['type after untyped keywords', { type: 'string', enum: ['a'], minLength: 1 }, 5, [' enum', ' type']],
  ['type up front', { type: 'string', enum: ['a'] }, 5, [' type', ' enum']],
  ['minLength counts code points', { type: 'string', minLength: 3 }, '😀😀', [' minLength']],
  ['maxLength', { type: 'string', maxLength: 2 }, 'abc', [' maxLength']],
  ['pattern in unicode mode', { type: 'string', pattern: '^\\p{Lu}+$' }, 'ABc', [' pattern']],
  ['format', { type: 'string', format: 'prc-id' }, '110105194912310020', [' format']],
  ['format date', { type: 'string', format: 'date' }, '2023-02-29', [' format']],
  [
    'format date-time needs an offset',
    { type: 'string', format: 'date-time' },
    '2024-05-01T09:00:00',
    [' format'],
  ],
  ['format email', { type: 'string', format: 'email' }, 'a@b.cn', []],
  [
    'formatMinimum',
    { type: 'string', format: 'date', formatMinimum: '2024-01-01' },
    '2023-12-31',
    [' formatMinimum'],
  ],
  ['formatMaximum', { type: 'string', format: 'date', formatMaximum: '2024-01-01' }, '2024-01-01', []],
  [
    'formatExclusiveMaximum',
    { format: 'date', formatExclusiveMaximum: '2024-01-01' },
    '2024-01-01',
    [' formatExclusiveMaximum'],
  ],
  ['minimum', { type: 'integer', minimum: 0 }, -1, [' minimum']],
  ['maximum', { type: 'number', maximum: 10 }, 10.5, [' maximum']],
  [
    'decimalMinimum is exact',
    { type: 'string', decimalMinimum: '0.1' },
    '0.09999999999999999999',
    [' decimalMinimum'],
  ],
  ['decimalMaximum on a number', { type: 'number', decimalMaximum: '1.1' }, 1.1, []],
  ['decimalExclusiveMinimum', { decimalExclusiveMinimum: '5' }, '5', [' decimalExclusiveMinimum']],
  ['decimalExclusiveMaximum', { decimalExclusiveMaximum: '5' }, '4.99', []],
  ['decimalPlaces counts written places', { type: 'string', decimalPlaces: 2 }, '1.000', [' decimalPlaces']],
  ['enum', { enum: ['a', 'b'] }, 'c', [' enum']],
  ['const', { const: 'a' }, 'b', [' const']],
  ['minItems', { type: 'array', minItems: 1 }, [], [' minItems']],
  ['maxItems', { type: 'array', maxItems: 1 }, [1, 2], [' maxItems']],
  [
    'uniqueItems of strings',
    { type: 'array', items: { type: 'string' }, uniqueItems: true },
    ['a', 'b', 'a'],
    [' uniqueItems'],
  ],
  [
    'uniqueItems deep',
    { type: 'array', items: { enum: [{ a: 1 }] }, uniqueItems: true },
    [{ a: 1 }, { a: 1 }],
    [' uniqueItems'],
  ],
  ['items', { type: 'array', items: { type: 'string' } }, ['a', 1, 2], ['/1 type', '/2 type']],
  ['contains', { type: 'array', contains: { const: 'x' } }, ['a'], ['/0 const', ' contains']],
  ['contains, found', { type: 'array', contains: { const: 'x' } }, ['a', 'x'], []],
  ['required', { type: 'object', required: ['a', 'b'] }, { a: 1 }, [' required']],
  ['required: undefined is missing', { type: 'object', required: ['a'] }, { a: undefined }, [' required']],
  [
    'additionalProperties',
    { type: 'object', properties: { a: {} }, additionalProperties: false },
    { a: 1, b: 2, c: 3 },
    [' additionalProperties', ' additionalProperties'],
  ],
  ['properties', { type: 'object', properties: { 'a/b': { type: 'string' } } }, { 'a/b': 1 }, ['/a~1b type']],
  ['false schema', { properties: { a: false } }, { a: 1 }, ['/a false schema']],
  [
    'fileAccept',
    { type: 'array', items: file },
    [{ name: 'a.exe', mime: 'application/x' }],
    ['/0 fileAccept'],
  ],
  ['fileAccept by wildcard', { type: 'array', items: file }, [{ name: 'a', mime: 'image/png' }], []],
  [
    'dateSpan',
    { type: 'object', dateSpan: { maxDays: 2 } },
    { start: '2024-01-01', end: '2024-01-03' },
    [' dateSpan'],
  ],
  [
    'dateSpan, reversed',
    { type: 'object', dateSpan: {} },
    { start: '2024-01-02', end: '2024-01-01' },
    [' dateSpan'],
  ],
  [
    'allOf reports every part',
    { allOf: [{ minLength: 2 }, { pattern: '^a' }] },
    'b',
    [' minLength', ' pattern'],
  ],
  ['anyOf', { anyOf: [{ const: 1 }, { const: 2 }] }, 3, [' const', ' const', ' anyOf']],
  ['anyOf, second holds', { anyOf: [{ const: 1 }, { const: 2 }] }, 2, []],
  ['not', { not: { const: 1 } }, 1, [' not']],
  // biome-ignore lint/suspicious/noThenProperty: if/then is the JSON Schema keyword pair, not a promise.
  ['if/then', { if: { const: 1 }, then: { type: 'string' } }, 1, [' type', ' if']],
  ['if/else', { if: { const: 1 }, else: { type: 'string' } }, 2, [' type', ' if']],
  ['evaluatedCondition', { evaluatedCondition: { cel: 'yes' } }, { flag: false }, [' evaluatedCondition']],
  ['evaluatedCondition holds', { evaluatedCondition: { cel: 'yes' } }, { flag: true }, []],
]

describe('interpretSubmissionSchema', () => {
  it.each(rows)('%s', (_, schema, value, expected) => {
    const result = check(schema, value)
    expect(result).toEqual({ valid: expected.length === 0, errors: expected })
    expect(result).toEqual(ajvCheck(schema, value))
  })

  it('gives the errors in Ajv’s shape, null when valid', () => {
    const validate = interpretSubmissionSchema({ type: 'object', required: ['amount'] })
    expect(validate({})).toBe(false)
    expect(validate.errors).toEqual([
      {
        instancePath: '',
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
        message: "must have required property 'amount'",
        schema: ['amount'],
        parentSchema: { type: 'object', required: ['amount'] },
        data: {},
      },
    ])
    expect(validate({ amount: '1' })).toBe(true)
    expect(validate.errors).toBeNull()
  })

  it('asks for an evaluator only when a condition needs one', () => {
    const validate = interpretSubmissionSchema({ evaluatedCondition: { cel: 'x' } })
    expect(() => validate({})).toThrow(/needs an evaluateCondition/)
  })
})

describe('a schema outside the subset fails when it is built', () => {
  it.each([
    ['an unknown keyword', { type: 'string', minimum2: 1 }, /does not know the keyword "minimum2"/],
    ['a keyword Ajv knows but submission schemas do not use', { oneOf: [{}, {}] }, /"oneOf"/],
    ['an unknown format', { type: 'string', format: 'uri' }, /unknown format "uri"/],
    ['a format bound without a format', { formatMinimum: '2024-01-01' }, /needs "format"/],
    [
      'a format bound on a format without order',
      { format: 'uscc', formatMinimum: 'x' },
      /does not define "compare"/,
    ],
    // biome-ignore lint/suspicious/noThenProperty: if/then is the JSON Schema keyword pair, not a promise.
    ['then without if', { then: { type: 'string' } }, /without "if"/],
    ['a union type', { type: ['string', 'null'] }, /single JSON types/],
    ['a pattern that is not valid in unicode mode', { pattern: '\\-' }, /Invalid/],
    ['an unknown keyword deep inside', { properties: { a: { items: { maxLenght: 1 } } } }, /maxLenght/],
  ])('%s', (_, schema, message) => {
    expect(() => interpretSubmissionSchema(schema as JsonSchema)).toThrow(message)
  })
})

describe('without code generation', () => {
  const { Function: realFunction, eval: realEval } = globalThis
  afterEach(() => {
    globalThis.Function = realFunction
    globalThis.eval = realEval
  })

  it('builds and checks with eval and Function unavailable, as under a strict CSP', () => {
    const refuse = () => {
      throw new EvalError('code generation from strings disallowed')
    }
    globalThis.Function = refuse as unknown as FunctionConstructor
    globalThis.eval = refuse
    const validate = interpretSubmissionSchema({
      type: 'object',
      properties: { d: { type: 'string', format: 'date', formatMinimum: '2024-01-01', pattern: '^2' } },
      required: ['d'],
    })
    expect(validate({ d: '2023-01-01' })).toBe(false)
    expect(validate.errors?.map((e) => e.keyword)).toEqual(['formatMinimum'])
  })
})
