import { describe, expect, it } from 'vitest'
import type { Condition } from '../generated/types.ts'
import { pruneHidden } from './prune-hidden.ts'
import { field, formOf, outcome, zh } from './test-forms.ts'

const yesNo = [
  { value: 'yes', label: zh('是') },
  { value: 'no', label: zh('否') },
]
const isYes = (id: string): Condition => ({ field: id, op: 'eq', value: 'yes' })

// A tiny evaluator for the eq tests these forms use; the real one lives in @signoff/expression.
const evaluate = (condition: Condition, values: Record<string, unknown>) =>
  'field' in condition && condition.op === 'eq' && values[condition.field] === condition.value

const form = formOf(
  field('radio', 'crossBorder', { options: yesNo }),
  field('radio', 'needsIban', { options: yesNo, visibleWhen: isYes('crossBorder') }),
  field('text', 'iban', { visibleWhen: isYes('needsIban') }),
  field('group', 'extra', { visibleWhen: isYes('crossBorder'), children: [field('text', 'swift')] }),
  field('table', 'items', {
    columns: [field('money', 'amount'), field('text', 'foreignNote', { visibleWhen: isYes('crossBorder') })],
  }),
)

describe('pruneHidden', () => {
  it.each([
    [
      'keeps shown values',
      {
        crossBorder: 'yes',
        needsIban: 'yes',
        iban: 'DE89',
        swift: 'X',
        items: [{ amount: '1', foreignNote: 'n' }],
      },
      {
        crossBorder: 'yes',
        needsIban: 'yes',
        iban: 'DE89',
        swift: 'X',
        items: [{ amount: '1', foreignNote: 'n' }],
      },
    ],
    [
      'removes hidden values, through layout and into rows',
      { crossBorder: 'no', swift: 'X', items: [{ amount: '1', foreignNote: 'n' }, { amount: '2' }] },
      { crossBorder: 'no', items: [{ amount: '1' }, { amount: '2' }] },
    ],
    [
      'removes a value whose condition reads a value removed before it',
      { crossBorder: 'no', needsIban: 'yes', iban: 'DE89' },
      { crossBorder: 'no' },
    ],
  ])('%s', (_, values, expected) => {
    expect(pruneHidden(form, values, evaluate)).toEqual(expected)
  })

  it('leaves the given values untouched', () => {
    const values = { crossBorder: 'no', swift: 'X', items: [{ amount: '1', foreignNote: 'n' }] }
    const copy = structuredClone(values)
    pruneHidden(form, values, evaluate)
    expect(values).toEqual(copy)
  })

  it('gives what the submission schema accepts', () => {
    const values = {
      crossBorder: 'no',
      needsIban: 'yes',
      iban: 'DE89',
      swift: 'X',
      items: [{ foreignNote: 'n' }],
    }
    expect(outcome(form, values)).not.toEqual(['ok'])
    expect(outcome(form, pruneHidden(form, values, evaluate))).toEqual(['ok'])
  })
})
