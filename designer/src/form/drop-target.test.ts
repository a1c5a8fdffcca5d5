import type { Field } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { type DragSource, type DropTarget, dropPlace } from './drop-target.ts'
import { moveField } from './field-tree.ts'

const text = (id: string): Field => ({ id, type: 'text', label: { 'zh-CN': id } })
const fields: Field[] = [
  text('a'),
  text('b'),
  text('c'),
  { id: 'g', type: 'group', label: { 'zh-CN': 'g' }, children: [text('x')] },
  { id: 't', type: 'table', label: { 'zh-CN': 't' }, columns: [text('y')] },
]
const ids = (list: readonly Field[]) => list.map((field) => field.id)

describe('dropPlace', () => {
  it.each<{ name: string; source: DragSource; target: DropTarget; place: unknown }>([
    {
      name: 'palette onto a field',
      source: { kind: 'palette', fieldType: 'money' },
      target: { kind: 'field', id: 'b', parentId: null },
      place: { parentId: null, index: 1 },
    },
    {
      name: 'palette onto a group',
      source: { kind: 'palette', fieldType: 'money' },
      target: { kind: 'container', parentId: 'g' },
      place: { parentId: 'g', index: 1 },
    },
    {
      name: 'palette onto a table column',
      source: { kind: 'palette', fieldType: 'money' },
      target: { kind: 'field', id: 'y', parentId: 't' },
      place: { parentId: 't', index: 0 },
    },
    {
      name: 'a group into a table',
      source: { kind: 'palette', fieldType: 'group' },
      target: { kind: 'container', parentId: 't' },
      place: null,
    },
    {
      name: 'a group into its own child list',
      source: { kind: 'field', id: 'g' },
      target: { kind: 'field', id: 'x', parentId: 'g' },
      place: null,
    },
    {
      name: 'a field onto itself',
      source: { kind: 'field', id: 'a' },
      target: { kind: 'field', id: 'a', parentId: null },
      place: null,
    },
    {
      name: 'a field to the end of its own list',
      source: { kind: 'field', id: 'a' },
      target: { kind: 'container', parentId: null },
      place: { parentId: null, index: 4 },
    },
  ])('$name', ({ source, target, place }) => {
    expect(dropPlace(fields, source, target)).toEqual(place)
  })

  it.each([
    { id: 'a', over: 'c', order: ['b', 'c', 'a', 'g', 't'] },
    { id: 'c', over: 'a', order: ['c', 'a', 'b', 'g', 't'] },
    { id: 'b', over: 'g', order: ['a', 'c', 'g', 'b', 't'] },
  ])('dragging $id over $over reorders like a sortable list', ({ id, over, order }) => {
    const place = dropPlace(fields, { kind: 'field', id }, { kind: 'field', id: over, parentId: null })
    expect(place).not.toBeNull()
    if (place) expect(ids(moveField(fields, id, place))).toEqual(order)
  })
})
