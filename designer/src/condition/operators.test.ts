import { checkCondition, shapes } from '@signoff/expression'
import condition from '@signoff/schemas/json/condition.schema.json'
import { describe, expect, it } from 'vitest'
import { conditionFields } from './condition-fields.ts'
import { newComparison, withOp, withValue } from './leaf.ts'
import { shapeOperators } from './operators.ts'
import { sampleLeaf, testForm } from './test-form.ts'

const fields = conditionFields(testForm)

describe('operators per value shape', () => {
  it('lists the top-level valued fields, layout flattened, table columns left out', () => {
    expect(fields.map((item) => item.field.id)).toEqual([
      'title',
      'amount',
      'count',
      'urgency',
      'tags',
      'owner',
      'team',
      'due',
      'at',
      'period',
      'quote',
      'items',
      'total',
      'big',
    ])
  })

  it('covers every shape in the test form', () => {
    expect(new Set(fields.map((item) => item.shape))).toEqual(new Set(Object.keys(shapes)))
  })

  it.each(
    fields.flatMap((item) => shapeOperators[item.shape].ops.map((op) => ({ item, op, id: item.field.id }))),
  )('$id $op type-checks with a fitting value', ({ item, op }) => {
    const leaf = sampleLeaf(item, op)
    expect(checkCondition(leaf, testForm)).toEqual([])
  })

  it('offers every comparison operator the condition schema has, and none it lacks', () => {
    const schemaOps = condition.$defs.fieldComparison.properties.op.enum
    const offered = new Set(Object.values(shapeOperators).flatMap((spec) => [...spec.ops]))
    expect([...offered].sort()).toEqual([...schemaOps].sort())
  })

  it('the value follows the operator: a list for in, one value for eq, none for empty', () => {
    const amount = fields.find((item) => item.field.id === 'amount')
    if (!amount) throw new Error('no amount')
    const gt = withValue(withOp(newComparison(amount), 'gt'), '5000')
    expect(withOp(gt, 'in')).toEqual({ field: 'amount', op: 'in', value: ['5000'] })
    expect(withOp(withOp(gt, 'in'), 'lte')).toEqual({ field: 'amount', op: 'lte', value: '5000' })
    expect(withOp(gt, 'empty')).toEqual({ field: 'amount', op: 'empty' })
    expect(withValue(gt, '')).toEqual({ field: 'amount', op: 'gt' })
  })
})
