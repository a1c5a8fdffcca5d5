import { describe, expect, it } from 'vitest'
import certification from '../../../packages/templates/apps/enterprise-certification.json' with {
  type: 'json',
}
import individual from '../../../packages/templates/apps/individual-certification.json' with { type: 'json' }
import leave from '../../../packages/templates/apps/leave.json' with { type: 'json' }
import procurement from '../../../packages/templates/apps/procurement.json' with { type: 'json' }
import reimbursement from '../../../packages/templates/apps/reimbursement.json' with { type: 'json' }
import { fieldTypes } from '../generated/kinds.ts'
import type { FormDefinition } from '../generated/types.ts'
import { sampleValues } from './sample-values.ts'
import { field, formOf, outcome } from './test-forms.ts'

const options = { today: '2026-11-23', members: ['zhangsan', 'lisi'], departments: ['brand'] }

describe('sampleValues', () => {
  it.each([
    ['leave', leave],
    ['reimbursement', reimbursement],
    ['procurement', procurement],
    ['enterprise certification', certification],
    ['individual certification', individual],
  ])('fills the %s form with a submission its own validator accepts', (_name, app) => {
    const form = (app as unknown as { form: FormDefinition }).form
    const { values, unfilled } = sampleValues(form, options)
    expect(unfilled).toEqual([])
    expect(outcome(form, values)).toEqual(['ok'])
  })

  it('covers every field type: a form with one required field of each is valid', () => {
    const specific: Record<string, Record<string, unknown>> = {
      select: { options: [{ value: 'a', label: { 'zh-CN': 'A' } }] },
      radio: { options: [{ value: 'a', label: { 'zh-CN': 'A' } }] },
      multiSelect: {
        options: [
          { value: 'a', label: { 'zh-CN': 'A' } },
          { value: 'b', label: { 'zh-CN': 'B' } },
        ],
        minSelected: 2,
      },
      checkbox: { options: [{ value: 'a', label: { 'zh-CN': 'A' } }] },
      formula: { expression: 'form.number + 1' },
      description: { content: { 'zh-CN': '说明' } },
      group: { children: [field('text', 'inGroup', { required: true })] },
      columns: { children: [field('email', 'inColumns', { required: true })] },
      table: { columns: [field('money', 'price', { required: true, min: '2000.50' })], minRows: 2 },
      attachment: { accept: ['.docx'] },
      image: { accept: ['image/webp'] },
      dateRange: { halfDay: true },
      money: { max: '99.99' },
      date: { min: '2027-01-01' },
    }
    const form = formOf(...fieldTypes.map((type) => field(type, type, { required: true, ...specific[type] })))
    const { values } = sampleValues(form, options)
    expect(outcome(form, values)).toEqual(['ok'])
    expect(values).toMatchObject({
      money: '99.99',
      date: '2027-01-01',
      table: [{ price: '2000.50' }, { price: '2000.50' }],
      attachment: [{ name: 'sample.docx' }],
      image: [{ mime: 'image/webp' }],
      multiSelect: ['a', 'b'],
      dateRange: { start: '2026-11-23', end: '2026-11-24', startHalf: 'am', endHalf: 'pm' },
      inGroup: '示例',
    })
    expect(values).not.toHaveProperty('formula')
  })

  it('aims money at the amount asked for, follows plain patterns and says which fields it could not fill', () => {
    const form = formOf(
      field('money', 'total', { required: true }),
      field('text', 'code', { required: true, pattern: '^[A-Z]{3}-\\d{4}$' }),
      field('text', 'tricky', { required: true, pattern: '^(?=\\d)\\d+$' }),
      field('member', 'who', { required: true }),
    )
    const { values, unfilled } = sampleValues(form, { today: '2026-11-23', amount: '5000.01' })
    expect(values).toEqual({ total: '5000.01', code: 'AAA-1111' })
    expect(unfilled).toEqual(['tricky', 'who'])
  })
})
