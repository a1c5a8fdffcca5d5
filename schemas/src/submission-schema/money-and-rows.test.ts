import { describe, expect, it } from 'vitest'
import { form, issuesOf, label } from './test-forms.ts'

const claim = () =>
  form(
    { id: 'advance', type: 'money', label: label('预支金额'), min: '0.01' },
    {
      id: 'items',
      type: 'table',
      label: label('报销明细'),
      required: true,
      minRows: 1,
      maxRows: 3,
      columns: [
        { id: 'amount', type: 'money', label: label('金额'), required: true, min: '0.01', max: '5000' },
        { id: 'note', type: 'text', label: label('说明') },
      ],
    },
  )

const row = (amount: unknown) => ({ amount })

describe('money is exact', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['"5000.00" at the maximum', '5000.00', []],
    ['"5000.001": a third decimal place', '5000.001', [['/items/0/amount', 'submission.money.precision']]],
    ['"5000.01" above the maximum', '5000.01', [['/items/0/amount', 'submission.money.max']]],
    ['1.5 as a JSON number', 1.5, [['/items/0/amount', 'submission.money.type']]],
    ['"0.00" below the minimum 0.01', '0.00', [['/items/0/amount', 'submission.money.min']]],
    ['"0.01" at the minimum', '0.01', []],
    [
      '"0.009999999999999999999" (a float would round it to 0.01)',
      '0.009999999999999999999',
      [['/items/0/amount', 'submission.money.precision']],
    ],
    ['"-1.00" below the minimum', '-1.00', [['/items/0/amount', 'submission.money.min']]],
  ])('a row amount of %s', (_, amount, issues) => {
    expect(issuesOf(claim(), { items: [row(amount)] })).toEqual(issues)
  })

  it.each<[string, unknown, [string, string][]]>([
    ['"0.01"', '0.01', []],
    ['"0.00"', '0.00', [['/advance', 'submission.money.min']]],
    ['"0.001"', '0.001', [['/advance', 'submission.money.precision']]],
    ['0.01 as a JSON number', 0.01, [['/advance', 'submission.money.type']]],
  ])('a top-level amount of %s', (_, advance, issues) => {
    expect(issuesOf(claim(), { advance, items: [row('1.00')] })).toEqual(issues)
  })
})

describe('detail rows', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['three complete rows', [row('1.00'), row('2.00'), row('3.00')], []],
    [
      'row 3 without its required amount',
      [row('1.00'), row('2.00'), { note: '打车' }],
      [['/items/2/amount', 'submission.required']],
    ],
    ['row 2 with an empty amount', [row('1.00'), row('')], [['/items/1/amount', 'submission.required']]],
    [
      'four rows, one over maxRows',
      [row('1'), row('2'), row('3'), row('4')],
      [['/items', 'submission.table.maxRows']],
    ],
    ['no rows for a required table', [], [['/items', 'submission.required']]],
    ['rows that are not a list', row('1.00'), [['/items', 'submission.table.type']]],
    [
      'problems in two rows at once',
      [row('1.001'), row('1.00'), {}],
      [
        ['/items/0/amount', 'submission.money.precision'],
        ['/items/2/amount', 'submission.required'],
      ],
    ],
  ])('%s', (_, items, issues) => {
    expect(issuesOf(claim(), { items })).toEqual(issues)
  })

  it('reports a missing required table', () => {
    expect(issuesOf(claim(), {})).toEqual([['/items', 'submission.required']])
  })
})
