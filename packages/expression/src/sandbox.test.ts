import type { Condition } from '@signoff/schemas'
import { afterAll, describe, expect, it } from 'vitest'
import { checkExpression } from './check.ts'
import { compile } from './compile.ts'
import { celContext } from './context.ts'
import { formEnvironment } from './environment.ts'
import { ExpressionError } from './errors.ts'
import { evaluateCondition } from './evaluate.ts'
import { context, testForm } from './test-form.ts'

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()
const values = {
  title: 'x',
  amount: '1',
  tags: ['x'],
  items: [{ qty: 1, price: '1' }],
  period: { start: '2024-01-01', end: '2024-01-02' },
}

/** Runs an expression; it must either fail with an ExpressionError or give plain data. */
function attempt(source: string): unknown {
  const { env, model } = formEnvironment(testForm)
  try {
    return compile(env, source).run(celContext(model, context(values)))
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError)
    return error
  }
}

function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'boolean', 'bigint', 'number'].includes(typeof value)) return true
  if (Array.isArray(value)) return value.every(isPlainData)
  if (value instanceof Map) return [...value.values()].every(isPlainData)
  if (typeof value === 'function') return false
  const proto = Object.getPrototypeOf(value)
  return (proto === Object.prototype || proto === null) && Object.values(value as object).every(isPlainData)
}

const names = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
]
const routes = (name: string) => [
  `form.${name}`,
  `form["${name}"]`,
  `form.amount.${name}`,
  `form.amount["${name}"]`,
  `form.title.${name}`,
  `form.tags.${name}`,
  `form.tags["${name}"]`,
  `form.items[0].${name}`,
  `form.items[0]["${name}"]`,
  `form.period.${name}`,
  `initiator.${name}`,
  `initiator["${name}"]`,
  `calendar.${name}`,
  `org.departmentAncestors["${name}"]`,
  `has(form.${name})`,
  `has(form.amount.${name})`,
  `has(form.items[0].${name})`,
  `{"${name}": 1}.${name}`,
  `{"${name}": 1}["${name}"]`,
  `{"${name}": {"polluted": true}}`,
  `{"a": 1}["${name}"]`,
  `dyn(form).${name}`,
  `dyn(form.amount)["${name}"]`,
  `dyn({"a": 1}).${name}`,
  `"abc".${name}()`,
  `form.title.${name}()`,
  `form.amount.${name}()`,
  `form.items.map(r, r.${name})`,
  `form.items.exists(r, has(r.${name}))`,
  `[form.amount].map(x, x["${name}"])`,
  `cel.bind(x, form, x.${name})`,
  `cel.${name}`,
  `type(form.amount).${name}`,
  `${name}`,
]

describe('sandbox', () => {
  afterAll(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames)
  })

  it.each(names.flatMap((name) => routes(name)))('%s', (source) => {
    const result = attempt(source)
    if (!(result instanceof ExpressionError)) expect(isPlainData(result)).toBe(true)
  })

  it.each([
    '"".constructor.constructor("return process")()',
    'form.title.constructor.constructor("return process")()',
    'dyn(form)["constructor"]["constructor"]("return this")()',
    'b"{\\"__proto__\\": {\\"polluted\\": true}}".json()',
    '"a".matches("(a+)+$")',
    'eval("1")',
    'process',
    'globalThis',
    'require("fs")',
    'import("fs")',
    'this',
  ])('%s', (source) => {
    const result = attempt(source)
    if (!(result instanceof ExpressionError)) expect(isPlainData(result)).toBe(true)
  })

  it.each([
    ['deep parentheses', `${'('.repeat(5000)}1${')'.repeat(5000)}`, 'limit'],
    ['deep negation', `${'!'.repeat(5000)}true`, 'limit'],
    ['deep lists', `${'['.repeat(500)}${']'.repeat(500)}`, 'limit'],
    ['long source', `"${'a'.repeat(5000)}"`, 'limit'],
    ['long literal list', `[${'1,'.repeat(999)}1]`, 'limit'],
    ['nested scans of detail rows', 'form.items.all(a, form.items.all(b, form.items.all(c, true)))', 'limit'],
    ['nested scans of input lists', 'form.tags.all(a, initiator.roles.all(b, a != b))', 'limit'],
    [
      'doubling strings',
      `cel.bind(a, form.title + form.title, ${'cel.bind(a, a + a, '.repeat(30)}a${')'.repeat(30)})`,
      'limit',
    ],
    [
      'doubling lists',
      `cel.bind(a, form.tags + form.tags, ${'cel.bind(a, a + a, '.repeat(30)}size(a) > 0${')'.repeat(30)})`,
      'limit',
    ],
    ['regular expressions', 'form.title.matches("(a+)+$")', 'type'],
  ])('%s fails with %s', (_name, source, code) => {
    const result = attempt(source)
    expect(result).toBeInstanceOf(ExpressionError)
    expect((result as ExpressionError).code).toBe(code)
  })

  it.each([
    ['a huge string value', { title: 'x'.repeat(5001) }],
    ['too many rows', { items: Array.from({ length: 1001 }, () => ({ qty: 1 })) }],
    ['too many selected options', { tags: Array.from({ length: 1001 }, () => 'x') }],
  ])('refuses %s as input', (_name, input) => {
    // Only the fields a condition reads are converted (and checked), so this one reads all three.
    const readsAll: Condition = { cel: 'has(form.title) || has(form.items) || has(form.tags)' }
    expect(() => evaluateCondition(readsAll, testForm, context(input))).toThrow(
      expect.objectContaining({ code: 'limit' }),
    )
  })

  it('treats submitted keys named like prototype members as plain data', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": true}, "title": "ok", "items": [{"__proto__": {"polluted": true}, "qty": 1}]}',
    )
    expect(
      evaluateCondition({ cel: 'form.title == "ok" && form.items[0].qty == 1' }, testForm, context(input)),
    ).toBe(true)
  })
})

describe('keys naming the JavaScript machinery', () => {
  it.each([
    'dyn(form)["constructor"]["prototype"]',
    'dyn(form).__proto__',
    'dyn(form)["hasOwnProperty"]',
    'dyn(form).valueOf',
  ])('%s is refused when checked', (source) => {
    expect(
      checkExpression(source, testForm)
        .map((issue) => issue.message)
        .join(' '),
    ).toMatch(/cannot be used as a key/)
  })
})
