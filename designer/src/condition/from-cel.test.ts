import { compileCondition } from '@signoff/expression'
import type { Condition } from '@signoff/schemas'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conditionFields } from './condition-fields.ts'
import { celToCondition } from './from-cel.ts'
import { shapeOperators } from './operators.ts'
import { sampleLeaf, testForm } from './test-form.ts'
import { isGroup, itemsOf, joinOf, makeGroup } from './tree.ts'

const leaves = conditionFields(testForm).flatMap((item) =>
  shapeOperators[item.shape].ops.map((op) => sampleLeaf(item, op)),
)
const compile = (condition: Condition) => compileCondition(condition, testForm)

/** What reading back gives at best: a group of one is that one, a group inside the same join is merged. */
function normalize(condition: Condition): Condition {
  if (!isGroup(condition)) return condition
  const join = joinOf(condition)
  const items = itemsOf(condition)
    .map(normalize)
    .flatMap((item) => (isGroup(item) && joinOf(item) === join ? itemsOf(item) : [item]))
  const [only] = items
  return items.length === 1 && only ? only : makeGroup(join, items)
}

describe('celToCondition', () => {
  it.each(leaves.map((leaf) => ({ leaf, name: `${leaf.field} ${leaf.op}` })))(
    '$name reads back from the CEL it compiles to',
    ({ leaf }) => {
      const back = celToCondition(compile(leaf), testForm)
      expect(back).toBeDefined()
      expect(compile(back as Condition)).toBe(compile(leaf))
    },
  )

  it('reads back any AND/OR tree the builder makes', () => {
    const tree: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...leaves),
        fc
          .tuple(
            fc.constantFrom('all', 'any' as const),
            fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
          )
          .map(([join, items]) => makeGroup(join as 'all' | 'any', items)),
      ),
    })).node
    fc.assert(
      fc.property(tree, (condition) => {
        const back = celToCondition(compile(condition), testForm)
        expect(back).toBeDefined()
        expect(compile(back as Condition)).toBe(compile(normalize(condition)))
      }),
      { numRuns: 200 },
    )
  })

  it('keeps an owner’s own "not empty" test before a list test (only has() is a guard)', () => {
    const condition: Condition = {
      all: [
        { field: 'tags', op: 'notEmpty' },
        { field: 'tags', op: 'in', value: ['x'] },
      ],
    }
    expect(compile(celToCondition(compile(condition), testForm) as Condition)).toBe(compile(condition))
  })

  it('reads CEL written by hand', () => {
    expect(celToCondition('form.amount > 5000 && form.urgency == "urgent"', testForm)).toEqual({
      all: [
        { field: 'amount', op: 'gt', value: '5000' },
        { field: 'urgency', op: 'eq', value: 'urgent' },
      ],
    })
    expect(
      celToCondition("form.count <= 3 || !has(form.due) || form.urgency in ['normal']", testForm),
    ).toEqual({
      any: [
        { field: 'count', op: 'lte', value: '3' },
        { field: 'due', op: 'empty' },
        { field: 'urgency', op: 'in', value: ['normal'] },
      ],
    })
    expect(celToCondition('form.title.contains("x")', testForm)).toEqual({
      field: 'title',
      op: 'contains',
      value: 'x',
    })
  })

  it.each([
    'form.items.exists(r, r.price > 5)',
    'form.amount * 2 > 5',
    'form.nope > 1',
    'form.amount > "cheap"',
    'form.amount >',
    'initiator.department == "d1"',
    '!(form.amount > 5)',
  ])('keeps %s as CEL', (source) => {
    expect(celToCondition(source, testForm)).toBeUndefined()
  })
})
