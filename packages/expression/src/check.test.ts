import type { Condition, Field } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { checkCondition, checkExpression, checkFormula } from './check.ts'
import { referencedFields } from './references.ts'
import { testForm } from './test-form.ts'

describe('checkCondition', () => {
  it.each<[string, Condition, { code: string; path: string; message?: RegExp }[]]>([
    ['valid', { field: 'amount', op: 'gt', value: '5000' }, []],
    [
      'unknown field',
      { field: 'amout', op: 'gt', value: '1' },
      [{ code: 'condition.unknownField', path: '/field', message: /no field "amout"/ }],
    ],
    [
      'money compared with text',
      { field: 'amount', op: 'gt', value: 'abc' },
      [
        {
          code: 'condition.value',
          path: '/value',
          message: /"金额" \(amount\) is compared with "abc"; use a number/,
        },
      ],
    ],
    [
      'operator not for the type',
      { field: 'amount', op: 'contains', value: '1' },
      [{ code: 'condition.operator', path: '/op' }],
    ],
    [
      'not an option',
      { field: 'kind', op: 'in', value: ['a', 'c'] },
      [{ code: 'condition.option', path: '/value/1', message: /options: a, b/ }],
    ],
    [
      'one value for a list operator',
      { field: 'kind', op: 'eq', value: ['a'] },
      [{ code: 'condition.value', path: '/value' }],
    ],
    [
      'empty with a value',
      { field: 'kind', op: 'empty', value: 'a' },
      [{ code: 'condition.value', path: '/value' }],
    ],
    ['missing value', { field: 'kind', op: 'eq' }, [{ code: 'condition.value', path: '/value' }]],
    [
      'bad date',
      { field: 'due', op: 'gt', value: '2024-02-30' },
      [{ code: 'condition.value', path: '/value' }],
    ],
    [
      'column of a table',
      { field: 'qty', op: 'gt', value: '1' },
      [{ code: 'condition.columnField', path: '/field' }],
    ],
    [
      'within for a role',
      { initiator: 'role', op: 'within', value: ['x'] },
      [{ code: 'condition.operator', path: '/op' }],
    ],
    [
      'nested path',
      { all: [{ field: 'kind', op: 'eq', value: 'a' }, { not: { field: 'nope', op: 'empty' } }] },
      [{ code: 'condition.unknownField', path: '/all/1/not/field' }],
    ],
    ['CEL syntax error', { cel: 'form.amount >' }, [{ code: 'expression.parse', path: '/cel' }]],
    ['CEL type error', { cel: 'form.amount > "5000"' }, [{ code: 'expression.type', path: '/cel' }]],
    [
      'CEL not a condition',
      { cel: 'form.amount + 1' },
      [{ code: 'expression.resultType', path: '/cel', message: /gives a number, but true\/false is needed/ }],
    ],
    ['CEL unknown field', { cel: 'form.nope == 1' }, [{ code: 'expression.unknownField', path: '/cel' }]],
    [
      'CEL unknown field under has()',
      { any: [{ cel: 'has(form.nope)' }] },
      [{ code: 'expression.unknownField', path: '/any/0/cel' }],
    ],
    ['CEL unknown function', { cel: 'eval("1")' }, [{ code: 'expression.type', path: '/cel' }]],
  ])('%s', (_name, condition, expected) => {
    const issues = checkCondition(condition, testForm)
    expect(issues).toHaveLength(expected.length)
    expected.forEach((want, i) => {
      expect(issues[i]).toMatchObject({ code: want.code, path: want.path })
      if (want.message) expect(issues[i]?.message).toMatch(want.message)
    })
  })
})

describe('checkFormula and checkExpression', () => {
  const formula = (expression: string, resultType = 'money') =>
    ({ id: 'f', type: 'formula', label: { 'zh-CN': 'f' }, expression, resultType }) as unknown as Field

  it('accepts the test form formulas, including the row formula', () => {
    for (const id of ['total', 'days', 'big']) {
      const field = testForm.fields.find((f) => f.id === id) as Field
      expect(checkFormula(field, testForm)).toEqual([])
    }
    const items = testForm.fields.find((f) => f.id === 'items') as unknown as { columns: Field[] }
    expect(checkFormula(items.columns[2] as Field, testForm)).toEqual([])
  })

  it.each([
    ['form.title', 'money', 'expression.resultType'],
    ['form.amount * 2', 'text', 'expression.resultType'],
    ['row.qty', 'number', 'expression.type'],
    ['form.amount +', 'money', 'expression.parse'],
    ['', 'money', 'formula.expression'],
  ])('%s as %s → %s', (expression, resultType, code) => {
    const issues = checkFormula(formula(expression, resultType), testForm)
    expect(issues.map((i) => i.code)).toContain(code)
    expect(issues.every((i) => i.path === '/expression')).toBe(true)
  })

  it('checks an expression against an expected type', () => {
    expect(checkExpression('form.amount > 1', testForm, 'bool')).toEqual([])
    expect(checkExpression('form.amount', testForm, ['bool'])[0]?.code).toBe('expression.resultType')
    expect(checkExpression('x'.repeat(4001), testForm)[0]?.code).toBe('expression.limit')
  })
})

describe('referencedFields', () => {
  it.each<[string | Condition, string[]]>([
    ['sum(form.items.map(r, r.subtotal)) > form.amount', ['items', 'subtotal', 'amount']],
    ['row.qty * row.price', ['qty', 'price']],
    ['form["title"] == "x" && has(form.missing)', ['title', 'missing']],
    ['form.amount >', []],
    [
      {
        all: [
          { field: 'kind', op: 'eq', value: 'a' },
          { cel: 'form.due > today' },
          { initiator: 'user', op: 'in', value: ['u'] },
        ],
      },
      ['kind', 'due'],
    ],
  ])('%j', (input, expected) => {
    expect(referencedFields(input, testForm)).toEqual(expected)
  })
})
