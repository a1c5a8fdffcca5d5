import type { AppDefinition, Field } from '@signoff/schemas'
import { fieldTypes, validateApp } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { fieldIds } from '../form/field-ids.ts'
import { walkFields } from '../form/field-tree.ts'
import { createDesignerStore, loadInto } from './designer-store.ts'

const app: AppDefinition = {
  schemaVersion: 1,
  key: 'demo',
  name: { 'zh-CN': '示例' },
  form: {
    fields: [
      { id: 'reason', type: 'text', label: { 'zh-CN': '事由' } },
      {
        id: 'items',
        type: 'table',
        label: { 'zh-CN': '明细' },
        columns: [{ id: 'amount', type: 'money', label: { 'zh-CN': '金额' } }],
        totals: ['amount'],
      },
      {
        id: 'section',
        type: 'group',
        label: { 'zh-CN': '分组' },
        children: [{ id: 'note', type: 'textarea', label: { 'zh-CN': '备注' } }],
      },
    ],
  },
  flow: {
    nodes: [
      { id: 'start', kind: 'start', name: { 'zh-CN': '发起' } },
      { id: 'end', kind: 'end', name: { 'zh-CN': '结束' } },
    ],
    edges: [{ id: 'e1', source: 'start', target: 'end' }],
  },
  settings: { starters: { everyone: true } },
}

function setup() {
  const store = createDesignerStore()
  loadInto(store, structuredClone(app))
  return store
}

const fields = (store: ReturnType<typeof setup>): Field[] => store.getState().app?.form.fields ?? []
const ids = (list: readonly Field[]) => list.map((field) => field.id)
const childIds = (store: ReturnType<typeof setup>, id: string) =>
  walkFields(fields(store))
    .filter((item) => item.parentId === id)
    .map((item) => item.field.id)

describe('designer store', () => {
  it('adds every field type at the top level with an id unique across the form', () => {
    const store = setup()
    for (const type of fieldTypes) store.getState().addField(type, { parentId: null, index: 0 })
    const all = walkFields(fields(store)).map((item) => item.field.id)
    expect(new Set(all).size).toBe(all.length)
    expect(fields(store)).toHaveLength(3 + fieldTypes.length)
  })

  it('makes fields whose defaults satisfy the app schema', () => {
    const store = setup()
    for (const type of fieldTypes) store.getState().addField(type, { parentId: null, index: 99 })
    const result = validateApp(store.getState().app)
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it.each([
    { name: 'top level start', place: { parentId: null, index: 0 }, parent: null, at: 0 },
    { name: 'top level end', place: { parentId: null, index: 99 }, parent: null, at: 3 },
    { name: 'into a group', place: { parentId: 'section', index: 0 }, parent: 'section', at: 0 },
    { name: 'into a table', place: { parentId: 'items', index: 1 }, parent: 'items', at: 1 },
  ])('adds a field: $name', ({ place, parent, at }) => {
    const store = setup()
    const id = store.getState().addField('number', place)
    expect(id).toBe('number_1')
    const list = parent === null ? ids(fields(store)) : childIds(store, parent)
    expect(list[at]).toBe('number_1')
    expect(store.getState().selectedId).toBe('number_1')
    expect(walkFields(fields(store)).find((item) => item.field.id === 'number_1')?.field.label).toEqual({
      'zh-CN': '数字',
      en: 'Number',
    })
  })

  it.each(['group', 'columns', 'table'] as const)('refuses a %s inside a detail table', (type) => {
    const store = setup()
    expect(store.getState().addField(type, { parentId: 'items', index: 0 })).toBeNull()
    expect(childIds(store, 'items')).toEqual(['amount'])
  })

  it('reorders within a list with the index counted after removal', () => {
    const store = setup()
    store.getState().moveField('reason', { parentId: null, index: 2 })
    expect(ids(fields(store))).toEqual(['items', 'section', 'reason'])
  })

  it('moves a field into a container and back out', () => {
    const store = setup()
    store.getState().moveField('reason', { parentId: 'section', index: 1 })
    expect(childIds(store, 'section')).toEqual(['note', 'reason'])
    store.getState().moveField('note', { parentId: null, index: 0 })
    expect(ids(fields(store))).toEqual(['note', 'items', 'section'])
  })

  it('does not move a container into itself or a table into a table', () => {
    const store = setup()
    store.getState().addField('group', { parentId: 'section', index: 0 })
    const before = store.getState().app
    store.getState().moveField('section', { parentId: 'group_1', index: 0 })
    store.getState().moveField('section', { parentId: 'section', index: 0 })
    store.getState().moveField('items', { parentId: 'items', index: 0 })
    expect(store.getState().app?.form.fields).toEqual(before?.form.fields)
  })

  it('removes a nested field and clears the selection', () => {
    const store = setup()
    store.getState().select('note')
    store.getState().removeField('note')
    expect(childIds(store, 'section')).toEqual([])
    expect(store.getState().selectedId).toBeNull()
  })

  it('copies a table with fresh ids for it and its columns, totals following', () => {
    const store = setup()
    const copyId = store.getState().duplicateField('items')
    expect(copyId).toBe('table_1')
    expect(ids(fields(store))).toEqual(['reason', 'items', 'table_1', 'section'])
    const copy = fields(store)[2] as Field & { columns: Field[]; totals: string[] }
    expect(copy.columns.map((column) => column.id)).toEqual(['money_1'])
    expect(copy.totals).toEqual(['money_1'])
    expect(fieldIds(fields(store)).size).toBe(walkFields(fields(store)).length)
  })

  it('sets and removes properties; renaming the id keeps the selection', () => {
    const store = setup()
    store.getState().select('reason')
    store.getState().setProperty('reason', 'maxLength', 50)
    expect(fields(store)[0]).toMatchObject({ maxLength: 50 })
    store.getState().setProperty('reason', 'maxLength', undefined)
    expect(fields(store)[0]).not.toHaveProperty('maxLength')
    store.getState().setProperty('reason', 'id', 'purpose')
    expect(store.getState().selectedId).toBe('purpose')
    expect(fields(store)[0]?.id).toBe('purpose')
  })
})

describe('undo and redo', () => {
  it('undoes and redoes each edit in order, and selection is not an edit', () => {
    const store = setup()
    const { temporal } = store
    store.getState().addField('money', { parentId: null, index: 0 })
    store.getState().select('reason')
    store.getState().setProperty('reason', 'required', true)
    store.getState().removeField('items')
    expect(temporal.getState().pastStates).toHaveLength(3)
    temporal.getState().undo()
    expect(ids(fields(store))).toContain('items')
    temporal.getState().undo()
    expect(fields(store).find((field) => field.id === 'reason')).not.toHaveProperty('required')
    temporal.getState().undo()
    expect(ids(fields(store))).toEqual(['reason', 'items', 'section'])
    temporal.getState().redo()
    temporal.getState().redo()
    expect(ids(fields(store))).toEqual(['money_1', 'reason', 'items', 'section'])
    expect(fields(store)[1]).toMatchObject({ required: true })
  })

  it('starts a loaded draft with no history; replace is undoable', () => {
    const store = setup()
    expect(store.temporal.getState().pastStates).toHaveLength(0)
    const imported = { ...app, name: { 'zh-CN': '导入' } }
    store.getState().replace(imported)
    store.temporal.getState().undo()
    expect(store.getState().app?.name).toEqual(app.name)
  })
})
