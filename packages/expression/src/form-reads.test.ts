import { Environment } from '@marcbachmann/cel-js'
import type { Condition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { asNode } from './ast.ts'
import { evaluateCondition } from './evaluate.ts'
import { formReads } from './form-reads.ts'
import { expressionScope } from './scope.ts'
import { context, initiator, testForm } from './test-form.ts'

const parser = new Environment({ unlistedVariablesAreDyn: true })
const reads = (source: string) => {
  const found = formReads(asNode(parser.parse(source).ast))
  return found && [...found].sort()
}

describe('formReads', () => {
  it.each<[string, string[] | undefined]>([
    ['form.a > 1 && has(form.b) && form["c"] == 1', ['a', 'b', 'c']],
    ['form.items.exists(r, r.qty > 1) || initiator.id == "x"', ['items']],
    ['sum(form.items.map(r, r.price)) > form.limit', ['items', 'limit']],
    ['today == "2024-01-01"', []],
    // `form` as a whole, a computed key, or a variable named form: anything may be read.
    ['size(form) > 1', undefined],
    ['form[initiator.id] == 1', undefined],
    ['[1, 2].exists(form, form > 1)', undefined],
  ])('%s', (source, expected) => {
    expect(reads(source)).toEqual(expected)
  })
})

describe('conditions read only the fields they name', () => {
  const values = { amount: '6000', count: 3, kind: 'a', items: [{ qty: 2, price: '3000' }] }
  const conditions: Condition[] = [
    { field: 'amount', op: 'gt', value: '5000' },
    { field: 'count', op: 'eq', value: 3 },
    { cel: 'form.items.exists(r, r.qty > 1) && form.kind == "a"' },
    { cel: 'has(form.title)' },
    { all: [{ field: 'amount', op: 'lt', value: '7000' }, { cel: 'form.count > 5' }] },
  ]

  it('a bound evaluator gives each condition, in any order, what evaluateCondition gives', () => {
    const expected = conditions.map((c) => evaluateCondition(c, testForm, context(values)))
    expect(expected).toEqual([true, true, true, false, false])
    const scope = expressionScope(testForm, { initiator, today: '2024-05-01' })
    const bound = scope.bind(values)
    expect(conditions.map((c) => bound.holds(c))).toEqual(expected)
    const reversed = scope.bind(values)
    expect([...conditions].reverse().map((c) => reversed.holds(c))).toEqual([...expected].reverse())
    expect(conditions.map((c) => scope.holds(c, values))).toEqual(expected)
  })

  it('a value the condition does not read cannot make it fail', () => {
    const bad = { ...values, title: 'x'.repeat(100_000) }
    expect(() => evaluateCondition({ cel: 'has(form.title)' }, testForm, context(bad))).toThrow()
    expect(evaluateCondition({ field: 'amount', op: 'gt', value: '5000' }, testForm, context(bad))).toBe(true)
  })
})
