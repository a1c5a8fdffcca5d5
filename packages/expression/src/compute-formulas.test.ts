import type { FormDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { computeFormulas } from './evaluate.ts'
import { formModel } from './form-model.ts'
import { planFormulas } from './formula-graph.ts'
import { initiator, testForm } from './test-form.ts'
import { columnTotals } from './totals.ts'

// National Day 2024: Oct 1–7 off, Sep 29 (Sun) and Oct 12 (Sat) worked instead.
const calendar = {
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'],
  workdays: ['2024-09-29', '2024-10-12'],
}
const compute = (values: Record<string, unknown>) =>
  computeFormulas(testForm, values, { initiator, calendar })

describe('computeFormulas', () => {
  it('computes row formulas, then the total from them, then what reads the total', () => {
    const out = compute({
      items: [
        { qty: 3, price: '3333.33' },
        { qty: 0.5, price: '0.1' },
        { qty: 1, price: '0.01', subtotal: '999' },
      ],
    })
    expect(out.items).toEqual([
      { qty: 3, price: '3333.33', subtotal: '9999.99' },
      { qty: 0.5, price: '0.1', subtotal: '0.05' },
      { qty: 1, price: '0.01', subtotal: '0.01' },
    ])
    expect(out.total).toBe('10000.05')
    expect(out.big).toBe(true)
    expect(columnTotals(testForm, 'items', out.items)).toEqual({ price: '3333.44', subtotal: '10000.05' })
  })

  it('leaves a formula without value when an input is missing, and does not change the input', () => {
    const values = { items: [{ qty: 2 }], total: '5' }
    const out = compute(values)
    expect(out.items).toEqual([{ qty: 2 }])
    expect(out.total).toBeUndefined()
    expect(out.big).toBeUndefined()
    expect(values).toEqual({ items: [{ qty: 2 }], total: '5' })
  })

  it.each([
    ['whole working days', { start: '2024-06-03', end: '2024-06-07' }, '5.0'],
    ['weekend not counted', { start: '2024-06-07', end: '2024-06-10' }, '2.0'],
    [
      'afternoon start, morning end',
      { start: '2024-06-03', end: '2024-06-05', startHalf: 'pm', endHalf: 'am' },
      '2.0',
    ],
    ['one morning', { start: '2024-06-03', end: '2024-06-03', endHalf: 'am' }, '0.5'],
    ['holidays and make-up days', { start: '2024-09-28', end: '2024-10-13' }, '7.0'],
    [
      'half days around a holiday',
      { start: '2024-09-30', end: '2024-10-08', startHalf: 'pm', endHalf: 'am' },
      '1.0',
    ],
    [
      'half day on a holiday is not taken off twice',
      { start: '2024-10-01', end: '2024-10-08', startHalf: 'pm' },
      '1.0',
    ],
    ['end before start', { start: '2024-06-05', end: '2024-06-03' }, '0.0'],
  ])('leave days: %s', (_name, period, days) => {
    expect(compute({ period }).days).toBe(days)
  })
})

describe('planFormulas', () => {
  it('orders formulas after what they read', () => {
    const { order, cycles } = planFormulas(formModel(testForm))
    expect(cycles).toEqual([])
    expect(order.indexOf('subtotal')).toBeLessThan(order.indexOf('total'))
    expect(order.indexOf('total')).toBeLessThan(order.indexOf('big'))
  })

  it('reports cycles, including one through a detail table', () => {
    const form = {
      fields: [
        { id: 'a', type: 'formula', label: { 'zh-CN': 'a' }, expression: 'form.b + 1', resultType: 'number' },
        { id: 'b', type: 'formula', label: { 'zh-CN': 'b' }, expression: 'form.a + 1', resultType: 'number' },
        {
          id: 't',
          type: 'table',
          label: { 'zh-CN': 't' },
          columns: [
            { id: 's', type: 'formula', label: { 'zh-CN': 's' }, expression: 'form.c', resultType: 'number' },
          ],
        },
        {
          id: 'c',
          type: 'formula',
          label: { 'zh-CN': 'c' },
          expression: 'sum(form.t.map(r, r.s))',
          resultType: 'number',
        },
      ],
    } as unknown as FormDefinition
    const { cycles } = planFormulas(formModel(form))
    expect(cycles).toEqual([
      ['a', 'b', 'a'],
      ['c', 's', 'c'],
    ])
    expect(() => computeFormulas(form, {}, { initiator })).toThrow(expect.objectContaining({ code: 'type' }))
  })
})
