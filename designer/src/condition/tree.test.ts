import { createAjv, type FieldComparison, schemaBase } from '@signoff/schemas'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conditionFields } from './condition-fields.ts'
import { newComparison, newInitiatorTest } from './leaf.ts'
import { testForm } from './test-form.ts'
import {
  appendTo,
  type Group,
  isGroup,
  itemsOf,
  type Path,
  prune,
  removeAt,
  rootGroup,
  setJoin,
} from './tree.ts'

const validate = createAjv().getSchema(`${schemaBase}condition.schema.json`)
if (!validate) throw new Error('condition schema missing')
const fields = conditionFields(testForm)
const fieldAt = (n: number) => {
  const found = fields[n % fields.length]
  if (!found) throw new Error('the test form has no fields')
  return found
}

/** Paths of every group in the tree, the root first. */
function groupPaths(group: Group, at: Path = []): Path[] {
  return [
    at,
    ...itemsOf(group).flatMap((item, index) => (isGroup(item) ? groupPaths(item, [...at, index]) : [])),
  ]
}
function itemPaths(group: Group, at: Path = []): Path[] {
  return itemsOf(group).flatMap((item, index) => [
    [...at, index],
    ...(isGroup(item) ? itemPaths(item, [...at, index]) : []),
  ])
}

type Step = { kind: 'row' | 'group' | 'initiator' | 'remove' | 'join'; pick: number; field: number }

function apply(root: Group, step: Step): Group {
  const groups = groupPaths(root)
  const target = groups[step.pick % groups.length] ?? []
  const leaf = newComparison(fieldAt(step.field))
  switch (step.kind) {
    case 'row':
      return appendTo(root, target, leaf)
    case 'group':
      return appendTo(root, target, { any: [leaf] })
    case 'initiator':
      return appendTo(root, target, newInitiatorTest('department'))
    case 'join':
      return setJoin(root, target, step.pick % 2 ? 'any' : 'all')
    case 'remove': {
      const items = itemPaths(root)
      const path = items[step.pick % Math.max(items.length, 1)]
      return path ? removeAt(root, path) : root
    }
  }
}

describe('condition tree edits', () => {
  it('any sequence of edits stores a value the condition schema accepts, or nothing', () => {
    const step = fc.record({
      kind: fc.constantFrom('row', 'group', 'initiator', 'remove', 'join'),
      pick: fc.nat(20),
      field: fc.nat(20),
    }) as fc.Arbitrary<Step>
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const stored = prune(steps.reduce(apply, rootGroup(undefined)))
        if (stored !== undefined) expect(validate(stored), JSON.stringify(validate.errors)).toBe(true)
      }),
    )
  })

  it('drops empty groups and initiator tests with no value, keeps the rest in order', () => {
    const a: FieldComparison = { field: 'amount', op: 'gt', value: '5000' }
    const b: FieldComparison = { field: 'urgency', op: 'in', value: ['urgent'] }
    const tree = { all: [a, { any: [] }, { initiator: 'role', op: 'in', value: [] }, { any: [b] }] } as never
    expect(prune(tree)).toEqual({ all: [a, { any: [b] }] })
    expect(prune({ all: [{ any: [] }] } as never)).toBeUndefined()
  })

  it('edits the item a path points to, however deep', () => {
    const a: FieldComparison = { field: 'amount', op: 'gt', value: '5000' }
    const b: FieldComparison = { field: 'urgency', op: 'in', value: ['urgent'] }
    const root = rootGroup({ all: [a, { any: [a, b] }] })
    expect(removeAt(root, [1, 0])).toEqual({ all: [a, { any: [b] }] })
    expect(setJoin(root, [1], 'all')).toEqual({ all: [a, { all: [a, b] }] })
    expect(appendTo(root, [1], a)).toEqual({ all: [a, { any: [a, b, a] }] })
    expect(rootGroup(a)).toEqual({ all: [a] })
  })
})
