import { describe, expect, it } from 'vitest'
import type { FieldType } from './generated/kinds.ts'
import { schemaFiles } from './generated/schema-files.ts'
import { validateForm } from './validate.ts'

const label = { 'zh-CN': '字段' }
const options = [
  { value: 'a', label: { 'zh-CN': '甲' } },
  { value: 'b', label: { 'zh-CN': '乙' } },
]

type Invalid = [description: string, props: Record<string, unknown>, path: string, code: string]

interface Cases {
  /** Properties that make a complete, valid field of this type (id, type and label are added). */
  valid: Record<string, unknown>
  invalid: Invalid[]
}

// Every field type, by the compiler: a new type without cases does not compile.
const cases = {
  text: {
    valid: {
      default: '张三',
      minLength: 2,
      maxLength: 20,
      pattern: '^[\\u4e00-\\u9fa5]+$',
      patternMessage: label,
    },
    invalid: [
      ['maxLength over 200', { maxLength: 201 }, '/maxLength', 'schema.maximum'],
      ['an invalid regular expression', { pattern: '([a-z' }, '/pattern', 'schema.format'],
      ['a default longer than 200', { default: 'x'.repeat(201) }, '/default', 'schema.maxLength'],
    ],
  },
  textarea: {
    valid: { default: '', maxLength: 5000, rows: 6 },
    invalid: [
      ['maxLength over 5000', { maxLength: 5001 }, '/maxLength', 'schema.maximum'],
      ['one row', { rows: 1 }, '/rows', 'schema.minimum'],
      ['a pattern (text only)', { pattern: '^a$' }, '/pattern', 'schema.unevaluatedProperties'],
    ],
  },
  number: {
    valid: { default: 1, min: 0, max: 999.5, precision: 1, unit: { 'zh-CN': '天', en: 'days' } },
    invalid: [
      ['precision 9', { precision: 9 }, '/precision', 'schema.maximum'],
      ['a string minimum', { min: '0' }, '/min', 'schema.type'],
      ['a unit without zh-CN', { unit: { en: 'days' } }, '/unit/zh-CN', 'schema.required'],
    ],
  },
  money: {
    valid: {
      currency: 'USD',
      precision: 2,
      min: '0.01',
      max: '1000000',
      default: '0.00',
      showUppercase: true,
    },
    invalid: [
      ['a JSON number as the minimum', { min: 0.01 }, '/min', 'schema.type'],
      ['an exponent', { max: '1e6' }, '/max', 'schema.pattern'],
      ['precision 5', { precision: 5 }, '/precision', 'schema.maximum'],
      ['a lower-case currency', { currency: 'cny' }, '/currency', 'schema.pattern'],
    ],
  },
  date: {
    valid: { default: 'today', min: '2024-01-01', max: '2030-12-31' },
    invalid: [
      ['default "tomorrow"', { default: 'tomorrow' }, '/default', 'schema.anyOf'],
      ['31 February', { max: '2024-02-31' }, '/max', 'schema.format'],
      ['a date and time as minimum', { min: '2024-01-01T00:00:00Z' }, '/min', 'schema.format'],
    ],
  },
  datetime: {
    valid: { min: '2024-01-01T09:00:00+08:00', max: '2024-12-31T18:00:00Z' },
    invalid: [
      ['a date as minimum', { min: '2024-01-01' }, '/min', 'schema.format'],
      [
        'a default (not in the vocabulary)',
        { default: '2024-01-01T09:00:00Z' },
        '/default',
        'schema.unevaluatedProperties',
      ],
    ],
  },
  dateRange: {
    valid: { halfDay: true, maxDays: 180 },
    invalid: [
      ['maxDays 0', { maxDays: 0 }, '/maxDays', 'schema.minimum'],
      ['halfDay as text', { halfDay: 'yes' }, '/halfDay', 'schema.type'],
    ],
  },
  select: {
    valid: { options, default: 'a' },
    invalid: [
      ['no options', { options: [] }, '/options', 'schema.minItems'],
      [
        'an option value with a space',
        { options: [{ value: 'a b', label }] },
        '/options/0/value',
        'schema.pattern',
      ],
      ['an option without a label', { options: [{ value: 'a' }] }, '/options/0/label', 'schema.required'],
    ],
  },
  radio: {
    valid: { options, default: 'b' },
    invalid: [
      ['a list default', { options, default: ['a'] }, '/default', 'schema.type'],
      [
        'an option with extra keys',
        { options: [{ value: 'a', label, color: 'red' }] },
        '/options/0/color',
        'schema.additionalProperties',
      ],
    ],
  },
  multiSelect: {
    valid: { options, default: ['a', 'b'], minSelected: 1, maxSelected: 2 },
    invalid: [
      ['a text default', { options, default: 'a' }, '/default', 'schema.type'],
      ['a repeated default', { options, default: ['a', 'a'] }, '/default', 'schema.uniqueItems'],
      ['maxSelected 0', { options, maxSelected: 0 }, '/maxSelected', 'schema.minimum'],
    ],
  },
  checkbox: {
    valid: { options, default: [] },
    invalid: [
      ['options missing', { options: undefined }, '/options', 'schema.required'],
      ['negative minSelected', { options, minSelected: -1 }, '/minSelected', 'schema.minimum'],
    ],
  },
  member: {
    valid: { multiple: true, default: 'initiator' },
    invalid: [
      ['default someone else', { default: 'zhangsan' }, '/default', 'schema.const'],
      ['multiple as text', { multiple: 'true' }, '/multiple', 'schema.type'],
    ],
  },
  department: {
    valid: { multiple: false, default: 'initiatorDepartment' },
    invalid: [
      ['default "initiator"', { default: 'initiator' }, '/default', 'schema.const'],
      ['maxCount (not in the vocabulary)', { maxCount: 3 }, '/maxCount', 'schema.unevaluatedProperties'],
    ],
  },
  attachment: {
    valid: { accept: ['application/pdf', 'image/*', '.docx'], maxSize: 5242880, maxCount: 5 },
    invalid: [
      ['maxSize over 100 MB', { maxSize: 104857601 }, '/maxSize', 'schema.maximum'],
      ['maxCount 51', { maxCount: 51 }, '/maxCount', 'schema.maximum'],
      [
        'an accept entry that is neither MIME nor extension',
        { accept: ['pdf'] },
        '/accept/0',
        'schema.pattern',
      ],
    ],
  },
  image: {
    valid: { accept: ['image/png', '.jpg'], maxSize: 10485760, maxCount: 1 },
    invalid: [
      ['a PDF', { accept: ['application/pdf'] }, '/accept/0', 'schema.pattern'],
      ['maxCount 0', { maxCount: 0 }, '/maxCount', 'schema.minimum'],
    ],
  },
  table: {
    valid: {
      columns: [{ id: 'amount', type: 'money', label }],
      minRows: 1,
      maxRows: 50,
      totals: ['amount'],
    },
    invalid: [
      ['no columns', { columns: [] }, '/columns', 'schema.minItems'],
      [
        'maxRows 1001',
        { columns: [{ id: 'x', type: 'text', label }], maxRows: 1001 },
        '/maxRows',
        'schema.maximum',
      ],
      [
        'a column of unknown type',
        { columns: [{ id: 'x', type: 'rating', label }] },
        '/columns/0',
        'schema.discriminator',
      ],
    ],
  },
  formula: {
    valid: {
      expression: 'sum(form.items.map(i, i.amount))',
      resultType: 'money',
      precision: 2,
      currency: 'CNY',
    },
    invalid: [
      ['no expression', { expression: undefined }, '/expression', 'schema.required'],
      ['result type "string"', { expression: '1', resultType: 'string' }, '/resultType', 'schema.enum'],
      ['an empty expression', { expression: '', resultType: 'text' }, '/expression', 'schema.minLength'],
    ],
  },
  description: {
    valid: { content: { 'zh-CN': '请如实填写。', en: 'Please fill in truthfully.' } },
    invalid: [
      ['no content', { content: undefined }, '/content', 'schema.required'],
      ['content as plain text', { content: '请如实填写' }, '/content', 'schema.type'],
    ],
  },
  creditCode: {
    valid: { required: true, placeholder: { 'zh-CN': '18 位代码' } },
    invalid: [
      [
        'a default (not in the vocabulary)',
        { default: '91350100M000100Y43' },
        '/default',
        'schema.unevaluatedProperties',
      ],
      ['required as text', { required: 'yes' }, '/required', 'schema.type'],
    ],
  },
  idNumber: {
    valid: { help: { 'zh-CN': '法定代表人身份证号' } },
    invalid: [
      ['a pattern', { pattern: '^\\d{17}[\\dX]$' }, '/pattern', 'schema.unevaluatedProperties'],
      ['a help text without zh-CN', { help: {} }, '/help/zh-CN', 'schema.required'],
    ],
  },
  email: {
    valid: {},
    invalid: [
      ['a default', { default: 'a@example.com' }, '/default', 'schema.unevaluatedProperties'],
      [
        'a visibleWhen that is not a condition',
        { visibleWhen: { field: 'x' } },
        '/visibleWhen',
        'schema.anyOf',
      ],
    ],
  },
  bankAccount: {
    valid: { requiredWhen: { field: 'payee', op: 'notEmpty' } },
    invalid: [
      ['maxLength', { maxLength: 30 }, '/maxLength', 'schema.unevaluatedProperties'],
      [
        'an unknown condition operator',
        { requiredWhen: { field: 'x', op: 'like' } },
        '/requiredWhen',
        'schema.anyOf',
      ],
    ],
  },
  phone: {
    valid: { kind: 'mobile' },
    invalid: [
      ['kind "fax"', { kind: 'fax' }, '/kind', 'schema.enum'],
      ['a kind list', { kind: ['mobile'] }, '/kind', 'schema.enum'],
    ],
  },
  group: {
    valid: { collapsible: true, children: [{ id: 'inner', type: 'text', label }] },
    invalid: [
      ['no children', { children: [] }, '/children', 'schema.minItems'],
      [
        'a child without a label',
        { children: [{ id: 'inner', type: 'text' }] },
        '/children/0/label',
        'schema.required',
      ],
    ],
  },
  columns: {
    valid: { columnCount: 3, children: [{ id: 'left', type: 'text', label }] },
    invalid: [
      [
        'five columns',
        { columnCount: 5, children: [{ id: 'a', type: 'text', label }] },
        '/columnCount',
        'schema.maximum',
      ],
      ['children missing', { children: undefined }, '/children', 'schema.required'],
    ],
  },
} satisfies Record<FieldType, Cases>

const entries = Object.entries(cases) as [FieldType, Cases][]
// undefined removes a property of the valid example.
const asForm = (type: FieldType, props: Record<string, unknown>) => ({
  fields: [{ id: 'f', type, label, ...JSON.parse(JSON.stringify(props)) }],
})

interface FieldSchema {
  properties?: Record<string, { const?: string; default?: unknown }>
}
const fieldSchemas = new Map(
  (schemaFiles as FieldSchema[]).flatMap((schema) => {
    const type = schema.properties?.type?.const
    return type ? [[type, schema]] : []
  }),
)

describe('field type schemas', () => {
  it.each(entries)('a complete %s field is valid', (type, { valid }) => {
    expect(validateForm(asForm(type, valid))).toMatchObject({ ok: true })
  })

  it.each(entries)('the schema defaults of %s make a valid field', (type, { valid }) => {
    const schema = fieldSchemas.get(type)
    const defaults = Object.entries(schema?.properties ?? {}).flatMap(([key, property]) =>
      'default' in property ? [[key, property.default]] : [],
    )
    // Required properties without a default (options, columns...) come from the valid example.
    expect(validateForm(asForm(type, { ...valid, ...Object.fromEntries(defaults) }))).toMatchObject({
      ok: true,
    })
  })

  const invalid = entries.flatMap(([type, { valid, invalid }]) =>
    invalid.map(([what, props, path, code]) => ({ type, what, field: { ...valid, ...props }, path, code })),
  )
  it.each(invalid)('$type rejects $what', ({ type, field, path, code }) => {
    const result = validateForm(asForm(type, field))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toContainEqual(expect.objectContaining({ path: `/fields/0${path}`, code }))
  })
})
