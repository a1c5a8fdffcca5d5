import { describe, expect, it } from 'vitest'
import { submissionSchema } from './submission-schema.ts'
import { field, formOf, outcome, zh } from './test-forms.ts'
import { createSubmissionValidator } from './validator.ts'

const categories = [
  { value: 'travel', label: zh('差旅') },
  { value: 'meals', label: zh('餐饮') },
]
const items = (props: Record<string, unknown> = {}) =>
  field('table', 'items', {
    required: true,
    minRows: 1,
    maxRows: 3,
    columns: [
      field('select', 'category', { required: true, options: categories }),
      field('money', 'amount', { required: true, precision: 2, min: '0.01' }),
      field('image', 'receipt', { required: true, maxCount: 2 }),
      field('text', 'note', { visibleWhen: { field: 'overseas', op: 'eq', value: 'yes' } }),
      field('formula', 'subtotal', { required: true, expression: 'row.amount', resultType: 'money' }),
    ],
    ...props,
  })
const form = formOf(
  field('radio', 'overseas', { options: [{ value: 'yes', label: zh('是') }] }),
  items(),
  field('formula', 'total', { expression: 'sum(form.items.map(i, i.amount))', resultType: 'money' }),
)
const receipt = [{ id: 'r1', name: 'r.jpg', size: 2048, mime: 'image/jpeg' }]
const row = (amount: unknown, extra: Record<string, unknown> = {}) => ({
  category: 'travel',
  amount,
  receipt,
  ...extra,
})

describe('detail table rows', () => {
  it.each([
    ['three complete rows', [row('1.00'), row('5000.00'), row('0.01')], ['ok']],
    [
      'a missing required row field',
      [row('1'), row('2'), { category: 'meals', receipt }],
      ['/items/2/amount submission.required'],
    ],
    ['too many rows', [row('1'), row('2'), row('3'), row('4')], ['/items submission.count']],
    ['no rows', [], ['/items submission.count']],
    ['a row amount with three decimals', [row('5000.001')], ['/items/0/amount submission.precision']],
    ['a row amount as a JSON number', [row(1.5)], ['/items/0/amount submission.type']],
    ['a row amount below the minimum', [row('0.00')], ['/items/0/amount submission.range']],
    [
      'an empty receipt list in a required column',
      [row('1', { receipt: [] })],
      ['/items/0/receipt submission.count'],
    ],
    ['an unknown column', [row('1', { vendor: 'x' })], ['/items/0/vendor submission.unknownField']],
    ['a hidden column with a value', [row('1', { note: 'x' })], ['/items/0/note submission.hidden']],
    ['a formula column is not required', [row('1')], ['ok']],
  ])('%s', (_, rows, expected) => {
    expect(outcome(form, { items: rows })).toEqual(expected)
  })

  it('shows a column while its condition holds', () => {
    expect(outcome(form, { overseas: 'yes', items: [row('1', { note: 'x' })] })).toEqual(['ok'])
  })

  it('requires the table itself', () => {
    expect(outcome(form, {})).toEqual(['/items submission.required'])
  })

  it('names the row and the column in the message', () => {
    const result = createSubmissionValidator(form)({ items: [row('1'), { category: 'meals', receipt }] })
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      '"items" row 2, "amount" is required',
    ])
  })

  it.each([
    ['table', field('table', 'inner', { columns: [field('text', 'x')] })],
    ['group', field('group', 'g', { children: [field('text', 'x')] })],
    ['columns', field('columns', 'c', { children: [field('text', 'x')] })],
  ])('refuses a %s inside a detail table', (type, column) => {
    const nested = formOf(field('table', 'items', { columns: [field('text', 'a'), column] }))
    expect(() => submissionSchema(nested)).toThrow(`column "${column.id}" is a ${type}`)
  })
})

describe('money boundaries', () => {
  const money = (props: Record<string, unknown>) => formOf(field('money', 'amount', props))
  it.each([
    [{ precision: 2 }, '5000.00', 'ok'],
    [{ precision: 2 }, '5000.001', '/amount submission.precision'],
    [{ precision: 2 }, '5000.000', '/amount submission.precision'],
    [{ precision: 2 }, 1.5, '/amount submission.type'],
    [{ precision: 0 }, '12', 'ok'],
    [{ precision: 0 }, '12.0', '/amount submission.precision'],
    [{}, '0.12', 'ok'],
    [{}, '0.123', '/amount submission.precision'],
    [{ min: '0.01' }, '0.00', '/amount submission.range'],
    [{ min: '0.01' }, '0.01', 'ok'],
    [{ max: '0.3' }, '0.30', 'ok'],
    [{ max: '0.3' }, '0.31', '/amount submission.range'],
    [{ min: '-100' }, '-100.00', 'ok'],
    [{ max: '99999999999999999.99' }, '99999999999999999.99', 'ok'],
    [{ max: '99999999999999999.98' }, '99999999999999999.99', '/amount submission.range'],
  ])('%j: %j → %s', (props, value, expected) => {
    expect(outcome(money(props), { amount: value })[0]).toBe(expected)
  })
})
