import { describe, expect, it } from 'vitest'
import type { Condition } from '../generated/types.ts'
import { deriveSubmission } from './submission-schema.ts'
import { field, formOf, outcome, zh } from './test-forms.ts'
import { createSubmissionValidator } from './validator.ts'

const yesNo = [
  { value: 'yes', label: zh('是') },
  { value: 'no', label: zh('否') },
]
const kinds = [
  { value: 'annual', label: zh('年假') },
  { value: 'sick', label: zh('病假') },
  { value: 'other', label: zh('其他') },
]

/** A form whose `target` text field is shown or required while `condition` holds. */
function formWith(rule: 'visibleWhen' | 'requiredWhen', condition: Condition) {
  return formOf(
    field('radio', 'crossBorder', { options: yesNo }),
    field('select', 'kind', { options: kinds }),
    field('multiSelect', 'tags', { options: kinds }),
    field('money', 'amount'),
    field('number', 'days'),
    field('date', 'start'),
    field('text', 'reason'),
    field('attachment', 'files'),
    field('text', 'target', { [rule]: condition }),
  )
}

// [condition, values without target, whether the condition holds]
type Row = [string, Condition, Record<string, unknown>, boolean]
const rows: Row[] = [
  ['eq on a radio', { field: 'crossBorder', op: 'eq', value: 'yes' }, { crossBorder: 'yes' }, true],
  [
    'eq on a radio, other value',
    { field: 'crossBorder', op: 'eq', value: 'yes' },
    { crossBorder: 'no' },
    false,
  ],
  ['eq on a missing value', { field: 'crossBorder', op: 'eq', value: 'yes' }, {}, false],
  ['ne on a missing value', { field: 'crossBorder', op: 'ne', value: 'yes' }, {}, true],
  ['ne on the same value', { field: 'crossBorder', op: 'ne', value: 'yes' }, { crossBorder: 'yes' }, false],
  ['in', { field: 'kind', op: 'in', value: ['annual', 'sick'] }, { kind: 'sick' }, true],
  ['in, not listed', { field: 'kind', op: 'in', value: ['annual', 'sick'] }, { kind: 'other' }, false],
  ['notIn', { field: 'kind', op: 'notIn', value: ['annual'] }, { kind: 'sick' }, true],
  ['notIn, listed', { field: 'kind', op: 'notIn', value: ['annual'] }, { kind: 'annual' }, false],
  ['empty', { field: 'reason', op: 'empty' }, {}, true],
  ['empty with a value', { field: 'reason', op: 'empty' }, { reason: 'x' }, false],
  ['notEmpty', { field: 'reason', op: 'notEmpty' }, { reason: 'x' }, true],
  ['notEmpty on an empty list', { field: 'tags', op: 'notEmpty' }, { tags: [] }, false],
  ['empty on an empty list', { field: 'tags', op: 'empty' }, { tags: [] }, true],
  ['empty on files', { field: 'files', op: 'empty' }, { files: [] }, true],
  [
    'contains on text',
    { field: 'reason', op: 'contains', value: '出差(北京)' },
    { reason: '去出差(北京)开会' },
    true,
  ],
  ['contains on text, absent', { field: 'reason', op: 'contains', value: '出差' }, { reason: '开会' }, false],
  [
    'contains on a list',
    { field: 'tags', op: 'contains', value: ['annual', 'sick'] },
    { tags: ['sick', 'annual'] },
    true,
  ],
  [
    'contains on a list, one missing',
    { field: 'tags', op: 'contains', value: ['annual', 'sick'] },
    { tags: ['sick'] },
    false,
  ],
  ['in on a list', { field: 'tags', op: 'in', value: ['other'] }, { tags: ['sick', 'other'] }, true],
  ['notIn on a list', { field: 'tags', op: 'notIn', value: ['other'] }, { tags: ['sick', 'other'] }, false],
  ['money gt 5000 at 5000.00', { field: 'amount', op: 'gt', value: '5000' }, { amount: '5000.00' }, false],
  ['money gt 5000 at 5000.01', { field: 'amount', op: 'gt', value: '5000' }, { amount: '5000.01' }, true],
  ['money gte 5000 at 5000.00', { field: 'amount', op: 'gte', value: '5000' }, { amount: '5000.00' }, true],
  ['money lt 0.3 at 0.30', { field: 'amount', op: 'lt', value: '0.3' }, { amount: '0.30' }, false],
  ['money lte 0.3 at 0.29', { field: 'amount', op: 'lte', value: '0.3' }, { amount: '0.29' }, true],
  ['money eq "5000" at "5000.00"', { field: 'amount', op: 'eq', value: '5000' }, { amount: '5000.00' }, true],
  ['money gt on a missing amount', { field: 'amount', op: 'gt', value: '0' }, {}, false],
  ['number gt 3 at 3.5', { field: 'days', op: 'gt', value: 3 }, { days: 3.5 }, true],
  ['number gt "3" at 3', { field: 'days', op: 'gt', value: '3' }, { days: 3 }, false],
  ['number in', { field: 'days', op: 'in', value: [1, 2] }, { days: 2 }, true],
  ['date before', { field: 'start', op: 'lt', value: '2024-05-01' }, { start: '2024-04-30' }, true],
  ['date on the day, gt', { field: 'start', op: 'gt', value: '2024-05-01' }, { start: '2024-05-01' }, false],
  [
    'all',
    {
      all: [
        { field: 'crossBorder', op: 'eq', value: 'yes' },
        { field: 'amount', op: 'gt', value: '100' },
      ],
    },
    { crossBorder: 'yes', amount: '100.00' },
    false,
  ],
  [
    'any',
    {
      any: [
        { field: 'crossBorder', op: 'eq', value: 'yes' },
        { field: 'amount', op: 'gt', value: '100' },
      ],
    },
    { crossBorder: 'no', amount: '100.01' },
    true,
  ],
  ['not', { not: { field: 'crossBorder', op: 'eq', value: 'yes' } }, { crossBorder: 'yes' }, false],
]

describe('structured conditions in the submission schema', () => {
  it.each(rows)('visibleWhen %s', (_, condition, values, holds) => {
    const form = formWith('visibleWhen', condition)
    expect(deriveSubmission(form).evaluatorNeededBy).toEqual([])
    expect(outcome(form, { ...values, target: 'x' })).toEqual(holds ? ['ok'] : ['/target submission.hidden'])
    expect(outcome(form, values)).toEqual(['ok'])
  })

  it.each(rows)('requiredWhen %s', (_, condition, values, holds) => {
    const form = formWith('requiredWhen', condition)
    expect(outcome(form, values)).toEqual(holds ? ['/target submission.required'] : ['ok'])
    expect(outcome(form, { ...values, target: 'x' })).toEqual(['ok'])
  })
})

describe('visibility and requirement together', () => {
  const form = formOf(
    field('radio', 'crossBorder', { options: yesNo }),
    field('group', 'overseas', {
      visibleWhen: { field: 'crossBorder', op: 'eq', value: 'yes' },
      children: [
        field('text', 'swift', { required: true }),
        field('text', 'iban', { requiredWhen: { field: 'crossBorder', op: 'notEmpty' } }),
      ],
    }),
  )

  it.each([
    ['a hidden required field may be absent', { crossBorder: 'no' }, ['ok']],
    ['a hidden field must be absent', { crossBorder: 'no', swift: 'X' }, ['/swift submission.hidden']],
    ['a shown required field is required', { crossBorder: 'yes', iban: 'x' }, ['/swift submission.required']],
    ['requiredWhen applies while shown', { crossBorder: 'yes', swift: 'X' }, ['/iban submission.required']],
    ['all filled in', { crossBorder: 'yes', swift: 'X', iban: 'Y' }, ['ok']],
  ])('%s', (_, values, expected) => {
    expect(outcome(form, values)).toEqual(expected)
  })

  it('says the field is hidden in the message', () => {
    const result = createSubmissionValidator(form)({ crossBorder: 'no', swift: 'X' })
    expect(result.ok ? '' : result.issues[0]?.message).toContain('field is hidden')
  })
})

describe('conditions only an evaluator can decide', () => {
  const initiatorIsPm: Condition = { initiator: 'role', op: 'in', value: ['pm'] }
  const form = formOf(
    field('money', 'amount'),
    field('formula', 'total', { expression: 'form.amount', resultType: 'money' }),
    field('text', 'evaluation', { visibleWhen: initiatorIsPm }),
    field('text', 'reason', { requiredWhen: { cel: 'form.amount > decimal("100")' } }),
    field('text', 'gm', { requiredWhen: { field: 'total', op: 'gt', value: '10000' } }),
    field('text', 'mixed', {
      visibleWhen: { all: [initiatorIsPm, { field: 'amount', op: 'gt', value: '10' }] },
    }),
  )

  it('refuses to create a validator without one, naming the conditions', () => {
    expect(() => createSubmissionValidator(form)).toThrow(
      /evaluation\.visibleWhen, reason\.requiredWhen, gm\.requiredWhen, mixed\.visibleWhen.*evaluateCondition/,
    )
  })

  it('asks the evaluator with the condition and the submitted values', () => {
    const seen: [Condition, Record<string, unknown>][] = []
    const evaluateCondition = (condition: Condition, values: Record<string, unknown>) => {
      seen.push([condition, values])
      return 'initiator' in condition
    }
    expect(outcome(form, { amount: '20', evaluation: 'ok', mixed: 'x' }, { evaluateCondition })).toEqual([
      'ok',
    ])
    expect(seen.map(([condition]) => condition)).toContainEqual(initiatorIsPm)
    expect(seen.every(([, values]) => values.amount === '20')).toBe(true)
  })

  it.each([
    [
      'initiator not a pm: evaluation hidden',
      () => false,
      { evaluation: 'x' },
      ['/evaluation submission.hidden'],
    ],
    ['CEL requirement holds', (c: Condition) => 'cel' in c, {}, ['/reason submission.required']],
    ['formula comparison holds', (c: Condition) => 'field' in c, {}, ['/gm submission.required']],
    [
      'structured part of a mixed condition fails',
      () => true,
      { amount: '5', mixed: 'x', reason: 'r', gm: 'g' },
      ['/mixed submission.hidden'],
    ],
  ] as const)('%s', (_, evaluate, values, expected) => {
    expect(outcome(form, values, { evaluateCondition: evaluate })).toEqual(expected)
  })
})
