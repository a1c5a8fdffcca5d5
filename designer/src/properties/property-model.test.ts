import { fieldTypes } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { editorFor, propertyModel, refineEditor } from './property-model.ts'

const editorOf = (type: Parameters<typeof propertyModel>[0], key: string) =>
  propertyModel(type).find((item) => item.key === key)?.editor

describe('property panel model', () => {
  it.each([
    { type: 'text', key: 'label', kind: 'i18n' },
    { type: 'text', key: 'required', kind: 'boolean' },
    { type: 'text', key: 'maxLength', kind: 'number' },
    { type: 'text', key: 'pattern', kind: 'string' },
    { type: 'money', key: 'currency', kind: 'string' },
    { type: 'money', key: 'min', kind: 'string' },
    { type: 'money', key: 'showUppercase', kind: 'boolean' },
    { type: 'number', key: 'unit', kind: 'i18n' },
    { type: 'select', key: 'options', kind: 'options' },
    { type: 'checkbox', key: 'default', kind: 'stringList' },
    { type: 'attachment', key: 'accept', kind: 'stringList' },
    { type: 'formula', key: 'resultType', kind: 'enum' },
    { type: 'phone', key: 'kind', kind: 'enum' },
    { type: 'member', key: 'default', kind: 'const' },
    { type: 'date', key: 'default', kind: 'json' },
    { type: 'text', key: 'visibleWhen', kind: 'condition' },
    { type: 'select', key: 'requiredWhen', kind: 'condition' },
    { type: 'formula', key: 'expression', kind: 'formula' },
  ] as const)('$type.$key is edited as $kind', ({ type, key, kind }) => {
    expect(editorOf(type, key)?.kind).toBe(kind)
  })

  it('keeps limits and patterns from the schema', () => {
    expect(editorOf('money', 'precision')).toEqual({ kind: 'number', integer: true, minimum: 0, maximum: 4 })
    expect(editorOf('money', 'currency')).toEqual({ kind: 'string', pattern: '^[A-Z]{3}$' })
    expect(editorOf('text', 'id')).toMatchObject({ kind: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' })
  })

  it('orders base properties first and conditions last, never the type or nested fields', () => {
    for (const type of fieldTypes) {
      const keys = propertyModel(type).map((item) => item.key)
      expect(keys.slice(0, 2)).toEqual(['id', 'label'])
      expect(keys.slice(-2)).toEqual(['visibleWhen', 'requiredWhen'])
      expect(keys).not.toContain('type')
      expect(keys).not.toContain('children')
      expect(new Set(keys).size).toBe(keys.length)
    }
    expect(propertyModel('table').map((item) => item.key)).not.toContain('columns')
  })

  it('marks required properties and takes the Chinese title from the description', () => {
    const options = propertyModel('select').find((item) => item.key === 'options')
    expect(options).toMatchObject({ required: true, title: { 'zh-CN': '选项', en: 'Options' } })
    const uppercase = propertyModel('money').find((item) => item.key === 'showUppercase')
    expect(uppercase).toMatchObject({ required: false, default: false, title: { 'zh-CN': '显示大写' } })
  })

  it('falls back to JSON for shapes it has no editor for', () => {
    expect(editorFor({ anyOf: [{ type: 'string' }, { type: 'number' }] })).toEqual({ kind: 'json' })
    expect(editorFor({ type: 'array', items: { type: 'object' } })).toEqual({ kind: 'json' })
  })
})

describe('refineEditor', () => {
  const modelOf = (type: Parameters<typeof propertyModel>[0], key: string) => {
    const found = propertyModel(type).find((item) => item.key === key)
    if (!found) throw new Error(`${type}.${key} has no model`)
    return found
  }
  const options = [
    { value: 'a', label: { 'zh-CN': 'A' } },
    { value: 'b', label: { 'zh-CN': 'B' } },
  ]

  it.each([
    { type: 'select', field: { options }, key: 'default', editor: { kind: 'enum', values: ['a', 'b'] } },
    { type: 'radio', field: { options }, key: 'default', editor: { kind: 'enum', values: ['a', 'b'] } },
    {
      type: 'checkbox',
      field: { options },
      key: 'default',
      editor: { kind: 'multiEnum', values: ['a', 'b'] },
    },
    {
      type: 'table',
      field: {
        columns: [
          { id: 'qty', type: 'number' },
          { id: 'note', type: 'text' },
          { id: 'amount', type: 'money' },
        ],
      },
      key: 'totals',
      editor: { kind: 'multiEnum', values: ['qty', 'amount'] },
    },
    { type: 'text', field: {}, key: 'default', editor: { kind: 'string', maxLength: 200 } },
    { type: 'select', field: { options }, key: 'placeholder', editor: { kind: 'i18n' } },
  ] as const)('$type $key', ({ type, field, key, editor }) => {
    expect(refineEditor(modelOf(type, key), field)).toEqual(editor)
  })
})
