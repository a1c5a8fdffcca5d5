import type { Condition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { compileCondition } from './compile-condition.ts'
import { evaluateCondition } from './evaluate.ts'
import { context, testForm } from './test-form.ts'

const values = {
  title: 'Quarterly "plan" \\ review',
  amount: '5000.01',
  count: 3,
  kind: 'a',
  tags: ['x', 'y'],
  owner: 'lisi',
  watchers: ['wangwu', 'sunba'],
  due: '2024-06-30',
  at: '2024-06-30T09:00:00+08:00',
  period: { start: '2024-06-03', end: '2024-06-04' },
  files: [{ id: 'f1', name: 'a.pdf', size: 10, mime: 'application/pdf' }],
  items: [{ qty: 1, price: '2' }],
}

const check = (condition: Condition, v: Record<string, unknown> = values) =>
  evaluateCondition(condition, testForm, context(v))

describe('field comparisons', () => {
  it.each<[string, Condition, boolean]>([
    ['money gt', { field: 'amount', op: 'gt', value: '5000' }, true],
    ['money gt boundary', { field: 'amount', op: 'gt', value: '5000.01' }, false],
    ['money gte', { field: 'amount', op: 'gte', value: '5000.01' }, true],
    ['money lt', { field: 'amount', op: 'lt', value: 5000.02 }, true],
    ['money lte', { field: 'amount', op: 'lte', value: '5000' }, false],
    ['money eq with trailing zeros', { field: 'amount', op: 'eq', value: '5000.010' }, true],
    ['money ne', { field: 'amount', op: 'ne', value: '5000.01' }, false],
    ['money in', { field: 'amount', op: 'in', value: ['1', '5000.01'] }, true],
    ['money notIn', { field: 'amount', op: 'notIn', value: ['1'] }, true],
    ['number eq', { field: 'count', op: 'eq', value: 3 }, true],
    [
      'text eq with quotes and backslash',
      { field: 'title', op: 'eq', value: 'Quarterly "plan" \\ review' },
      true,
    ],
    ['text contains', { field: 'title', op: 'contains', value: '"plan"' }, true],
    ['text notContains', { field: 'title', op: 'notContains', value: 'budget' }, true],
    ['text in', { field: 'title', op: 'in', value: ['x'] }, false],
    ['select eq', { field: 'kind', op: 'eq', value: 'a' }, true],
    ['select ne', { field: 'kind', op: 'ne', value: 'a' }, false],
    ['select in', { field: 'kind', op: 'in', value: ['b', 'a'] }, true],
    ['select notIn', { field: 'kind', op: 'notIn', value: ['b'] }, true],
    ['checkbox contains one', { field: 'tags', op: 'contains', value: 'x' }, true],
    ['checkbox contains all of', { field: 'tags', op: 'contains', value: ['x', 'z'] }, false],
    ['checkbox notContains', { field: 'tags', op: 'notContains', value: 'z' }, true],
    ['checkbox in (any of)', { field: 'tags', op: 'in', value: ['z', 'y'] }, true],
    ['checkbox notIn (none of)', { field: 'tags', op: 'notIn', value: ['z'] }, true],
    ['member eq', { field: 'owner', op: 'eq', value: 'lisi' }, true],
    ['multi member contains', { field: 'watchers', op: 'contains', value: 'sunba' }, true],
    ['date gt', { field: 'due', op: 'gt', value: '2024-06-29' }, true],
    ['date lte', { field: 'due', op: 'lte', value: '2024-06-29' }, false],
    ['datetime lt across offsets', { field: 'at', op: 'lt', value: '2024-06-30T02:00:00Z' }, true],
    ['dateRange notEmpty', { field: 'period', op: 'notEmpty' }, true],
    ['attachment notEmpty', { field: 'files', op: 'notEmpty' }, true],
    ['table empty', { field: 'items', op: 'empty' }, false],
    [
      'all',
      {
        all: [
          { field: 'kind', op: 'eq', value: 'a' },
          { field: 'amount', op: 'gt', value: '1' },
        ],
      },
      true,
    ],
    [
      'any',
      {
        any: [
          { field: 'kind', op: 'eq', value: 'b' },
          { field: 'amount', op: 'gt', value: '1' },
        ],
      },
      true,
    ],
    ['not', { not: { field: 'kind', op: 'eq', value: 'a' } }, false],
    ['cel', { cel: 'form.amount > 5000 && "x" in form.tags' }, true],
  ])('%s', (_name, condition, expected) => {
    expect(check(condition)).toBe(expected)
  })
})

describe('missing values', () => {
  const empty = { title: '  ', tags: [] }
  it.each<[string, Condition, boolean]>([
    ['gt on missing money is false', { field: 'amount', op: 'gt', value: '0' }, false],
    ['ne on missing is true', { field: 'kind', op: 'ne', value: 'a' }, true],
    ['notIn on missing is true', { field: 'kind', op: 'notIn', value: ['a'] }, true],
    ['blank text is empty', { field: 'title', op: 'empty' }, true],
    ['missing money is empty', { field: 'amount', op: 'empty' }, true],
    ['empty checkbox is empty', { field: 'tags', op: 'empty' }, true],
    ['missing checkbox notContains', { field: 'watchers', op: 'notContains', value: 'x' }, true],
    ['missing table is empty', { field: 'items', op: 'empty' }, true],
    ['missing date range notEmpty', { field: 'period', op: 'notEmpty' }, false],
    ['has() in CEL', { cel: '!has(form.amount)' }, true],
  ])('%s', (_name, condition, expected) => {
    expect(check(condition, empty)).toBe(expected)
  })

  it('raw CEL reading a missing value fails with a clear eval error', () => {
    expect(() => check({ cel: 'form.amount > 1' }, {})).toThrow(
      expect.objectContaining({ code: 'eval', missingValue: true, message: '"amount" has no value' }),
    )
  })
})

describe('initiator conditions', () => {
  const org = { departmentAncestors: { brand: ['market', 'root'], legal: ['root'] } }
  it.each<[Condition, boolean]>([
    [{ initiator: 'user', op: 'in', value: ['zhangsan', 'lisi'] }, true],
    [{ initiator: 'user', op: 'notIn', value: ['zhangsan'] }, false],
    [{ initiator: 'role', op: 'in', value: ['cfo', 'employee'] }, true],
    [{ initiator: 'role', op: 'notIn', value: ['employee'] }, false],
    [{ initiator: 'department', op: 'in', value: ['market'] }, false],
    [{ initiator: 'department', op: 'within', value: ['market'] }, true],
    [{ initiator: 'department', op: 'notWithin', value: ['legal'] }, true],
    [{ cel: 'within(initiator.department, "root") && !within("legal", "market")' }, true],
  ])('%j', (condition, expected) => {
    expect(evaluateCondition(condition, testForm, context({}, { org }))).toBe(expected)
  })
})

describe('compileCondition', () => {
  it('escapes string literals so they round-trip', () => {
    const nasty = 'a"b\\c\nd\te\u0001f\u2028g 中文 🎉'
    const source = compileCondition({ field: 'title', op: 'eq', value: nasty }, testForm)
    expect(source).toContain('\\"')
    expect(check({ field: 'title', op: 'eq', value: nasty }, { title: nasty })).toBe(true)
    expect(check({ cel: source }, { title: nasty })).toBe(true)
  })

  it('cannot be broken out of by a value', () => {
    const value = '") || true || ("'
    expect(check({ field: 'title', op: 'eq', value }, { title: 'x' })).toBe(false)
  })

  it('throws a type error for a condition that does not fit the form', () => {
    expect(() => compileCondition({ field: 'nope', op: 'eq', value: 'x' }, testForm)).toThrow(
      expect.objectContaining({ code: 'type' }),
    )
  })
})
