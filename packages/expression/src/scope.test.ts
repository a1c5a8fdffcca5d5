import type { Condition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { ExpressionError } from './errors.ts'
import { computeFormulas, evaluateCondition } from './evaluate.ts'
import { formModel } from './form-model.ts'
import { planFormulas } from './formula-graph.ts'
import { expressionScope } from './scope.ts'
import { context, initiator, testForm } from './test-form.ts'

const surroundings = { initiator, today: '2024-05-01' }
const values = { amount: '6000', items: [{ qty: 2, price: '3000' }], kind: 'a' }

describe('expressionScope', () => {
  it('gives what evaluateCondition and computeFormulas give', () => {
    const scope = expressionScope(testForm, surroundings)
    const conditions: Condition[] = [
      { field: 'amount', op: 'gt', value: '5000' },
      { field: 'amount', op: 'lt', value: '5000' },
      { cel: 'form.amount > 5000.5 && initiator.department == "brand"' },
      { initiator: 'role', op: 'in', value: ['employee'] },
    ]
    for (const condition of conditions)
      expect(scope.holds(condition, values)).toBe(evaluateCondition(condition, testForm, context(values)))
    expect(scope.computeFormulas(values)).toEqual(computeFormulas(testForm, values, surroundings))
    expect(scope.computeFormulas(values).total).toBe('6000.00')
  })

  it('reads the values a bound evaluator was given, and later values through a new one', () => {
    const scope = expressionScope(testForm, surroundings)
    const over = { field: 'amount', op: 'gt', value: '5000' } as Condition
    const bound = scope.bind(values)
    expect(bound.holds(over)).toBe(true)
    expect(bound.holds({ field: 'amount', op: 'lt', value: '7000' })).toBe(true)
    expect(scope.bind({ ...values, amount: '10' }).holds(over)).toBe(false)
    expect(scope.holds(over, { amount: '10' })).toBe(false)
  })

  it('refuses surroundings that are not valid when it is made', () => {
    expect(() => expressionScope(testForm, { ...surroundings, today: 'tomorrow' })).toThrow(ExpressionError)
  })
})

describe('caches', () => {
  it('serves a condition edited in place its new program, not the one it had', () => {
    const condition = { field: 'amount', op: 'gt', value: '5000' } as Condition & { value: string }
    expect(evaluateCondition(condition, testForm, context(values))).toBe(true)
    condition.value = '7000'
    expect(evaluateCondition(condition, testForm, context(values))).toBe(false)
    const scope = expressionScope(testForm, surroundings)
    condition.value = '1000'
    expect(scope.holds(condition, values)).toBe(true)
  })

  it('remembers a condition that does not check, and throws it every time', () => {
    const bad = { field: 'nope', op: 'eq', value: 1 } as Condition
    for (let i = 0; i < 2; i++)
      expect(() => evaluateCondition(bad, testForm, context(values))).toThrow(/no field "nope"/)
  })

  it('plans the formulas of a form once, and those of a changed form (a new object) afresh', () => {
    const plan = planFormulas(formModel(testForm))
    expect(planFormulas(formModel(testForm))).toBe(plan)
    const changed = {
      ...testForm,
      fields: testForm.fields.filter((field) => field.id !== 'big'),
    }
    const other = planFormulas(formModel(changed))
    expect(other).not.toBe(plan)
    expect(other.order).not.toContain('big')
    expect(plan.order).toContain('big')
    expect(computeFormulas(changed, values, surroundings)).not.toHaveProperty('big')
    expect(computeFormulas(testForm, values, surroundings).big).toBe(false)
  })
})
