import { describe, expect, it, vi } from 'vitest'
import type { Condition } from '../generated/types.ts'
import { SubmissionSchemaError } from './errors.ts'
import { pruneHidden } from './prune-hidden.ts'
import { form, issuesOf, label } from './test-forms.ts'
import { createSubmissionValidator } from './validator.ts'

const options = ['a', 'b', 'c'].map((value) => ({ value, label: label(value) }))
const file = { id: 'att1', name: 'a.pdf', size: 10, mime: 'application/pdf' }

// One source field per shape; the target "t" is shown while the condition holds.
const sources = [
  { id: 'txt', type: 'text', label: label('文本') },
  { id: 'sel', type: 'select', label: label('选择'), options },
  { id: 'amt', type: 'money', label: label('金额') },
  { id: 'qty', type: 'number', label: label('数量') },
  { id: 'day', type: 'date', label: label('日期') },
  { id: 'at', type: 'datetime', label: label('时间') },
  { id: 'tags', type: 'multiSelect', label: label('标签'), options },
  { id: 'who', type: 'member', label: label('成员') },
  { id: 'files', type: 'attachment', label: label('附件') },
  {
    id: 'rows',
    type: 'table',
    label: label('明细'),
    columns: [{ id: 'x', type: 'text', label: label('列') }],
  },
]
const withTarget = (visibleWhen: Condition) =>
  form(...sources, { id: 't', type: 'text', label: label('目标'), visibleWhen })
const shown = (visibleWhen: Condition, values: Record<string, unknown>) =>
  't' in pruneHidden(withTarget(visibleWhen), { ...values, t: 'x' })

describe('structured conditions as JSON Schema', () => {
  it.each<[string, Condition, Record<string, unknown>, boolean]>([
    ['text eq', { field: 'txt', op: 'eq', value: 'a' }, { txt: 'a' }, true],
    ['text eq, other value', { field: 'txt', op: 'eq', value: 'a' }, { txt: 'b' }, false],
    ['text eq, missing', { field: 'txt', op: 'eq', value: 'a' }, {}, false],
    ['text ne, missing', { field: 'txt', op: 'ne', value: 'a' }, {}, true],
    ['text ne, equal', { field: 'txt', op: 'ne', value: 'a' }, { txt: 'a' }, false],
    ['text contains', { field: 'txt', op: 'contains', value: 'll' }, { txt: 'hello' }, true],
    ['text contains a dot literally', { field: 'txt', op: 'contains', value: '.' }, { txt: 'ab' }, false],
    [
      'text contains a hyphen and brackets',
      { field: 'txt', op: 'contains', value: 'A-[1]' },
      { txt: 'xA-[1]' },
      true,
    ],
    ['text notContains', { field: 'txt', op: 'notContains', value: 'x' }, { txt: 'hello' }, true],
    ['text empty, blank', { field: 'txt', op: 'empty' }, { txt: '  ' }, true],
    ['text notEmpty', { field: 'txt', op: 'notEmpty' }, { txt: 'a' }, true],
    ['select in', { field: 'sel', op: 'in', value: ['a', 'b'] }, { sel: 'b' }, true],
    ['select in, other', { field: 'sel', op: 'in', value: ['a', 'b'] }, { sel: 'c' }, false],
    ['select notIn, missing', { field: 'sel', op: 'notIn', value: ['a'] }, {}, true],
    ['money gt 5000 at 5000.00', { field: 'amt', op: 'gt', value: '5000' }, { amt: '5000.00' }, false],
    ['money gt 5000 at 5000.01', { field: 'amt', op: 'gt', value: '5000' }, { amt: '5000.01' }, true],
    ['money gte 5000 at 5000.00', { field: 'amt', op: 'gte', value: '5000' }, { amt: '5000.00' }, true],
    ['money lt 0.3 at 0.30', { field: 'amt', op: 'lt', value: '0.3' }, { amt: '0.30' }, false],
    ['money lte 0.3 at 0.30', { field: 'amt', op: 'lte', value: '0.3' }, { amt: '0.30' }, true],
    ['money eq exactly', { field: 'amt', op: 'eq', value: '5000' }, { amt: '5000.00' }, true],
    ['money ne exactly', { field: 'amt', op: 'ne', value: '5000' }, { amt: '5000.00' }, false],
    ['money in', { field: 'amt', op: 'in', value: ['1', '2.5'] }, { amt: '2.50' }, true],
    ['money gt, missing', { field: 'amt', op: 'gt', value: '0' }, {}, false],
    ['number gte at the bound', { field: 'qty', op: 'gte', value: 3 }, { qty: 3 }, true],
    ['number lt a decimal string', { field: 'qty', op: 'lt', value: '0.3' }, { qty: 0.1 }, true],
    ['date gt', { field: 'day', op: 'gt', value: '2024-05-01' }, { day: '2024-05-02' }, true],
    ['date lte on the day', { field: 'day', op: 'lte', value: '2024-05-01' }, { day: '2024-05-01' }, true],
    ['date in', { field: 'day', op: 'in', value: ['2024-05-01'] }, { day: '2024-05-01' }, true],
    [
      'datetime gt across offsets',
      { field: 'at', op: 'gt', value: '2024-05-01T00:00:00+08:00' },
      { at: '2024-04-30T16:00:01Z' },
      true,
    ],
    ['multi contains', { field: 'tags', op: 'contains', value: 'a' }, { tags: ['a', 'b'] }, true],
    ['multi contains all', { field: 'tags', op: 'contains', value: ['a', 'c'] }, { tags: ['a', 'b'] }, false],
    ['multi in (any of)', { field: 'tags', op: 'in', value: ['c'] }, { tags: ['a', 'c'] }, true],
    ['multi notIn, missing', { field: 'tags', op: 'notIn', value: ['c'] }, {}, true],
    ['multi empty', { field: 'tags', op: 'empty' }, { tags: [] }, true],
    ['member eq', { field: 'who', op: 'eq', value: 'lisi' }, { who: 'lisi' }, true],
    ['attachment notEmpty', { field: 'files', op: 'notEmpty' }, { files: [file] }, true],
    ['attachment empty', { field: 'files', op: 'empty' }, { files: [file] }, false],
    ['table empty, missing', { field: 'rows', op: 'empty' }, {}, true],
    ['table notEmpty', { field: 'rows', op: 'notEmpty' }, { rows: [{ x: '1' }] }, true],
    [
      'all',
      {
        all: [
          { field: 'sel', op: 'eq', value: 'a' },
          { field: 'amt', op: 'gt', value: '10' },
        ],
      },
      { sel: 'a', amt: '10.00' },
      false,
    ],
    [
      'any',
      {
        any: [
          { field: 'sel', op: 'eq', value: 'a' },
          { field: 'amt', op: 'gt', value: '10' },
        ],
      },
      { sel: 'b', amt: '10.01' },
      true,
    ],
    ['not', { not: { field: 'sel', op: 'eq', value: 'a' } }, { sel: 'a' }, false],
  ])('%s', (_, condition, values, visible) => {
    expect(shown(condition, values)).toBe(visible)
  })
})

describe('visibility and required-if', () => {
  const leave = () =>
    form(
      { id: 'leaveType', type: 'select', label: label('请假类型'), options },
      {
        id: 'proof',
        type: 'attachment',
        label: label('证明材料'),
        required: true,
        visibleWhen: { field: 'leaveType', op: 'in', value: ['b', 'c'] },
      },
      {
        id: 'reason',
        type: 'text',
        label: label('事由'),
        requiredWhen: { field: 'leaveType', op: 'eq', value: 'c' },
      },
    )

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['a visible required field missing', { leaveType: 'b' }, [['/proof', 'submission.required']]],
    ['a visible required field given', { leaveType: 'b', proof: [file] }, []],
    ['a hidden field given', { leaveType: 'a', proof: [file] }, [['/proof', 'submission.hidden']]],
    ['a hidden required field missing', { leaveType: 'a' }, []],
    ['required-if holding', { leaveType: 'c', proof: [file] }, [['/reason', 'submission.required']]],
    ['required-if holding, given', { leaveType: 'c', proof: [file], reason: '病' }, []],
    ['required-if not holding', { leaveType: 'b', proof: [file] }, []],
  ])('%s', (_, values, issues) => {
    expect(issuesOf(leave(), values)).toEqual(issues)
  })

  it('says the field is hidden', () => {
    const result = createSubmissionValidator(leave())({ leaveType: 'a', proof: [file] })
    expect(result).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('field is hidden') }],
    })
  })

  it('hides the children of a hidden group', () => {
    const grouped = form(
      { id: 'industry', type: 'select', label: label('行业'), options },
      {
        id: 'permits',
        type: 'group',
        label: label('许可'),
        visibleWhen: { field: 'industry', op: 'eq', value: 'a' },
        children: [{ id: 'permit', type: 'text', label: label('许可证'), required: true }],
      },
    )
    expect(issuesOf(grouped, { industry: 'a' })).toEqual([['/permit', 'submission.required']])
    expect(issuesOf(grouped, { industry: 'b' })).toEqual([])
    expect(issuesOf(grouped, { industry: 'b', permit: 'x' })).toEqual([['/permit', 'submission.hidden']])
  })

  it('applies column conditions to every row', () => {
    const rows = form(
      { id: 'crossBorder', type: 'radio', label: label('跨境'), options },
      {
        id: 'items',
        type: 'table',
        label: label('明细'),
        columns: [
          { id: 'amount', type: 'money', label: label('金额'), required: true },
          {
            id: 'swift',
            type: 'text',
            label: label('SWIFT'),
            visibleWhen: { field: 'crossBorder', op: 'eq', value: 'a' },
            requiredWhen: { field: 'crossBorder', op: 'eq', value: 'a' },
          },
        ],
      },
    )
    const items = [{ amount: '1.00', swift: 'BKCHCNBJ' }, { amount: '2.00' }]
    expect(issuesOf(rows, { crossBorder: 'a', items })).toEqual([['/items/1/swift', 'submission.required']])
    expect(issuesOf(rows, { crossBorder: 'b', items })).toEqual([['/items/0/swift', 'submission.hidden']])
    expect(pruneHidden(rows, { crossBorder: 'b', items })).toEqual({
      crossBorder: 'b',
      items: [{ amount: '1.00' }, { amount: '2.00' }],
    })
  })
})

describe('conditions decided by the injected evaluator', () => {
  const withCel = () =>
    form(
      { id: 'amount', type: 'money', label: label('金额') },
      { id: 'total', type: 'formula', label: label('合计'), expression: 'form.amount', resultType: 'money' },
      {
        id: 'note',
        type: 'text',
        label: label('说明'),
        requiredWhen: { cel: 'form.amount > decimal("100")' },
      },
    )

  it('refuses to create a validator without an evaluator', () => {
    expect(() => createSubmissionValidator(withCel())).toThrow(SubmissionSchemaError)
    expect(() => createSubmissionValidator(withCel())).toThrow(/evaluateCondition/)
  })

  it('asks the evaluator with the condition and the submitted values', () => {
    const evaluateCondition = vi.fn(
      (_: Condition, values: Record<string, unknown>) => values.amount === '150.00',
    )
    const definition = withCel()
    const validate = createSubmissionValidator(definition, { evaluateCondition })
    expect(validate({ amount: '150.00' })).toMatchObject({
      ok: false,
      issues: [{ path: '/note', code: 'submission.required' }],
    })
    expect(evaluateCondition).toHaveBeenCalledWith(
      { cel: 'form.amount > decimal("100")' },
      { amount: '150.00' },
    )
    expect(validate({ amount: '50.00' })).toEqual({ ok: true, value: { amount: '50.00' } })
  })

  it.each<[string, Condition]>([
    ['an initiator test', { initiator: 'role', op: 'in', value: ['pm'] }],
    ['a test of a formula field', { field: 'total', op: 'gt', value: '100' }],
    ['CEL inside a structured condition', { all: [{ field: 'amount', op: 'notEmpty' }, { cel: 'true' }] }],
  ])('hands over %s', (_, condition) => {
    const definition = form(
      { id: 'amount', type: 'money', label: label('金额') },
      { id: 'total', type: 'formula', label: label('合计'), expression: 'form.amount', resultType: 'money' },
      { id: 'extra', type: 'text', label: label('附加'), visibleWhen: condition },
    )
    expect(() => createSubmissionValidator(definition)).toThrow(SubmissionSchemaError)
    const hidden = createSubmissionValidator(definition, { evaluateCondition: () => false })
    expect(hidden({ amount: '200.00', extra: 'x' })).toMatchObject({
      ok: false,
      issues: [{ path: '/extra', code: 'submission.hidden' }],
    })
    const visible = createSubmissionValidator(definition, { evaluateCondition: () => true })
    expect(visible({ amount: '200.00', extra: 'x' })).toMatchObject({ ok: true })
  })

  it('needs no evaluator for a form of structured conditions only', () => {
    const definition = form(
      { id: 'a', type: 'text', label: label('甲') },
      { id: 'b', type: 'text', label: label('乙'), visibleWhen: { field: 'a', op: 'notEmpty' } },
    )
    expect(createSubmissionValidator(definition)({ a: 'x', b: 'y' })).toMatchObject({ ok: true })
  })
})

describe('pruneHidden', () => {
  const chain = () =>
    form(
      { id: 'a', type: 'select', label: label('甲'), options },
      { id: 'b', type: 'text', label: label('乙'), visibleWhen: { field: 'a', op: 'eq', value: 'a' } },
      { id: 'c', type: 'text', label: label('丙'), visibleWhen: { field: 'b', op: 'notEmpty' } },
    )

  it('removes hidden values, including those hidden by a removal', () => {
    const values = { a: 'b', b: 'x', c: 'y' }
    expect(pruneHidden(chain(), values)).toEqual({ a: 'b' })
    expect(values).toEqual({ a: 'b', b: 'x', c: 'y' })
  })

  it('keeps visible values, and what it keeps passes the visibility checks', () => {
    const definition = chain()
    const pruned = pruneHidden(definition, { a: 'a', b: 'x', c: 'y' })
    expect(pruned).toEqual({ a: 'a', b: 'x', c: 'y' })
    expect(
      createSubmissionValidator(definition)(pruneHidden(definition, { a: 'c', b: 'x', c: 'y' })),
    ).toEqual({
      ok: true,
      value: { a: 'c' },
    })
  })

  it('uses the evaluator for CEL visibility', () => {
    const definition = form(
      { id: 'a', type: 'text', label: label('甲') },
      { id: 'b', type: 'text', label: label('乙'), visibleWhen: { cel: 'form.a == "show"' } },
    )
    const evaluate = (_: Condition, values: Record<string, unknown>) => values.a === 'show'
    expect(pruneHidden(definition, { a: 'hide', b: 'x' }, evaluate)).toEqual({ a: 'hide' })
    expect(pruneHidden(definition, { a: 'show', b: 'x' }, evaluate)).toEqual({ a: 'show', b: 'x' })
    expect(() => pruneHidden(definition, { a: 'show', b: 'x' })).toThrow(SubmissionSchemaError)
  })
})

describe('forms no submission schema fits', () => {
  it.each<[string, Record<string, unknown>[], RegExp]>([
    [
      'a group inside a table',
      [
        {
          id: 'items',
          type: 'table',
          label: label('明细'),
          columns: [
            {
              id: 'g',
              type: 'group',
              label: label('组'),
              children: [{ id: 'x', type: 'text', label: label('x') }],
            },
          ],
        },
      ],
      /"组" \(g\) is a group inside the detail table "明细" \(items\)/,
    ],
    [
      'a table inside a table',
      [
        {
          id: 'items',
          type: 'table',
          label: label('明细'),
          columns: [
            {
              id: 'sub',
              type: 'table',
              label: label('子表'),
              columns: [{ id: 'x', type: 'text', label: label('x') }],
            },
          ],
        },
      ],
      /cannot be tables, groups or columns/,
    ],
    [
      'a condition on an unknown field',
      [{ id: 'a', type: 'text', label: label('甲'), visibleWhen: { field: 'nope', op: 'notEmpty' } }],
      /"nope", which is not a field of this form/,
    ],
    [
      'an ordering test on text',
      [
        { id: 'a', type: 'text', label: label('甲') },
        { id: 'b', type: 'text', label: label('乙'), visibleWhen: { field: 'a', op: 'gt', value: 'x' } },
      ],
      /"甲" \(a\) cannot be tested with "gt"/,
    ],
    [
      'a repeated id',
      [
        { id: 'a', type: 'text', label: label('甲') },
        { id: 'a', type: 'number', label: label('乙') },
      ],
      /"a" is used twice/,
    ],
  ])('throws for %s', (_, fields, message) => {
    expect(() => createSubmissionValidator(form(...fields))).toThrow(message)
  })
})
