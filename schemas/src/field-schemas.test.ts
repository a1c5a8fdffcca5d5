import { describe, expect, it } from 'vitest'
import { type FieldType, fieldTypes } from './generated/kinds.ts'
import { validateForm } from './validate.ts'

const label = { 'zh-CN': '字段' }
const options = [{ value: 'a', label: { 'zh-CN': '甲' } }]
const child = { id: 'inner', type: 'text', label }

type Invalid = [what: string, props: Record<string, unknown>, path: string, code: string]

interface Cases {
  /** The fewest properties a field of this type needs besides id, type and label. */
  minimal: Record<string, unknown>
  /** Whether the type may be a detail-table column (the contract forbids tables and layouts there). */
  column: boolean
  invalid: Invalid[]
}

// Each type once, by the compiler; the test below also checks the list against fieldTypes at runtime.
const cases = {
  text: {
    minimal: {},
    column: true,
    invalid: [
      ['minLength below 0', { minLength: -1 }, '/minLength', 'schema.minimum'],
      ['rows (a textarea property)', { rows: 3 }, '/rows', 'schema.unevaluatedProperties'],
    ],
  },
  textarea: {
    minimal: {},
    column: true,
    invalid: [
      ['21 rows', { rows: 21 }, '/rows', 'schema.maximum'],
      ['a numeric default', { default: 5 }, '/default', 'schema.type'],
    ],
  },
  number: {
    minimal: {},
    column: true,
    invalid: [
      ['a fractional precision', { precision: 1.5 }, '/precision', 'schema.type'],
      ['a currency (a money property)', { currency: 'CNY' }, '/currency', 'schema.unevaluatedProperties'],
    ],
  },
  money: {
    minimal: {},
    column: true,
    invalid: [
      ['a lower-case currency', { currency: 'cny' }, '/currency', 'schema.pattern'],
      ['a numeric maximum', { max: 5000 }, '/max', 'schema.type'],
    ],
  },
  date: {
    minimal: {},
    column: true,
    invalid: [
      ['default "yesterday"', { default: 'yesterday' }, '/default', 'schema.anyOf'],
      ['a minimum of 30 February', { min: '2024-02-30' }, '/min', 'schema.format'],
    ],
  },
  datetime: {
    minimal: {},
    column: true,
    invalid: [
      ['a maximum without a time', { max: '2024-05-01' }, '/max', 'schema.format'],
      ['a default (datetime has none)', { default: 'now' }, '/default', 'schema.unevaluatedProperties'],
    ],
  },
  dateRange: {
    minimal: {},
    column: true,
    invalid: [
      ['maxDays 0', { maxDays: 0 }, '/maxDays', 'schema.minimum'],
      ['halfDay as text', { halfDay: 'yes' }, '/halfDay', 'schema.type'],
    ],
  },
  select: {
    minimal: { options },
    column: true,
    invalid: [
      ['no options', { options: undefined }, '/options', 'schema.required'],
      [
        'an option value with a space',
        { options: [{ value: 'a b', label }] },
        '/options/0/value',
        'schema.pattern',
      ],
    ],
  },
  radio: {
    minimal: { options },
    column: true,
    invalid: [
      ['an empty option list', { options: [] }, '/options', 'schema.minItems'],
      ['an option without a label', { options: [{ value: 'a' }] }, '/options/0/label', 'schema.required'],
    ],
  },
  multiSelect: {
    minimal: { options },
    column: true,
    invalid: [
      ['maxSelected 0', { maxSelected: 0 }, '/maxSelected', 'schema.minimum'],
      ['a default that is not a list', { default: 'a' }, '/default', 'schema.type'],
    ],
  },
  checkbox: {
    minimal: { options },
    column: true,
    invalid: [
      ['a repeated default', { default: ['a', 'a'] }, '/default', 'schema.uniqueItems'],
      [
        'an option with an extra key',
        { options: [{ value: 'a', label, color: 'red' }] },
        '/options/0/color',
        'schema.additionalProperties',
      ],
    ],
  },
  member: {
    minimal: {},
    column: true,
    invalid: [
      ['default "me"', { default: 'me' }, '/default', 'schema.const'],
      ['multiple as text', { multiple: 'true' }, '/multiple', 'schema.type'],
    ],
  },
  department: {
    minimal: {},
    column: true,
    invalid: [
      ['default "initiator" (a member default)', { default: 'initiator' }, '/default', 'schema.const'],
      ['options (a choice property)', { options }, '/options', 'schema.unevaluatedProperties'],
    ],
  },
  attachment: {
    minimal: {},
    column: true,
    invalid: [
      ['maxSize over 100 MB', { maxSize: 104857601 }, '/maxSize', 'schema.maximum'],
      [
        'an accept rule that is neither MIME type nor extension',
        { accept: ['pdf'] },
        '/accept/0',
        'schema.pattern',
      ],
    ],
  },
  image: {
    minimal: {},
    column: true,
    invalid: [
      ['accepting PDF', { accept: ['application/pdf'] }, '/accept/0', 'schema.pattern'],
      ['maxCount 51', { maxCount: 51 }, '/maxCount', 'schema.maximum'],
    ],
  },
  table: {
    minimal: { columns: [child] },
    column: false,
    invalid: [
      ['no columns', { columns: [] }, '/columns', 'schema.minItems'],
      ['maxRows 0', { maxRows: 0 }, '/maxRows', 'schema.minimum'],
    ],
  },
  formula: {
    minimal: { expression: 'form.a + 1', resultType: 'number' },
    column: true,
    invalid: [
      ['no expression', { expression: undefined }, '/expression', 'schema.required'],
      ['result type "string"', { resultType: 'string' }, '/resultType', 'schema.enum'],
    ],
  },
  description: {
    minimal: { content: label },
    column: true,
    invalid: [
      ['no content', { content: undefined }, '/content', 'schema.required'],
      ['content as a plain string', { content: '说明' }, '/content', 'schema.type'],
    ],
  },
  creditCode: {
    minimal: {},
    column: true,
    invalid: [
      ['a pattern', { pattern: '^9' }, '/pattern', 'schema.unevaluatedProperties'],
      ['required as text', { required: 'yes' }, '/required', 'schema.type'],
    ],
  },
  idNumber: {
    minimal: {},
    column: true,
    invalid: [
      ['a maxLength', { maxLength: 18 }, '/maxLength', 'schema.unevaluatedProperties'],
      ['a help text without zh-CN', { help: { en: 'ID' } }, '/help/zh-CN', 'schema.required'],
    ],
  },
  email: {
    minimal: {},
    column: true,
    invalid: [
      [
        'a default (email has none)',
        { default: 'a@example.com' },
        '/default',
        'schema.unevaluatedProperties',
      ],
      ['an empty placeholder', { placeholder: { 'zh-CN': '' } }, '/placeholder/zh-CN', 'schema.minLength'],
    ],
  },
  bankAccount: {
    minimal: {},
    column: true,
    invalid: [
      ['a kind (a phone property)', { kind: 'mobile' }, '/kind', 'schema.unevaluatedProperties'],
      ['an id starting with a digit', { id: '1account' }, '/id', 'schema.pattern'],
    ],
  },
  phone: {
    minimal: {},
    column: true,
    invalid: [
      ['kind "fax"', { kind: 'fax' }, '/kind', 'schema.enum'],
      ['a visibleWhen that is no condition', { visibleWhen: { field: 'a' } }, '/visibleWhen', 'schema.anyOf'],
    ],
  },
  group: {
    minimal: { children: [child] },
    column: false,
    invalid: [
      ['children as an object', { children: child }, '/children', 'schema.type'],
      [
        'a child of an unknown type',
        { children: [{ ...child, type: 'slider' }] },
        '/children/0',
        'schema.discriminator',
      ],
    ],
  },
  columns: {
    minimal: { children: [child] },
    column: false,
    invalid: [
      ['one column', { columnCount: 1 }, '/columnCount', 'schema.minimum'],
      [
        '13 children',
        { children: Array.from({ length: 13 }, (_, i) => ({ ...child, id: `c${i}` })) },
        '/children',
        'schema.maxItems',
      ],
    ],
  },
} satisfies Record<FieldType, Cases>

const entries = Object.entries(cases) as [FieldType, Cases][]

// undefined removes a property of the minimal definition.
const field = (type: FieldType, props: Record<string, unknown>) =>
  JSON.parse(JSON.stringify({ id: 'f', type, label, ...cases[type].minimal, ...props }))

// The same definition at the top level, inside a group and (where allowed) as a table column.
const placements = [
  { where: 'at the top level', form: (f: unknown) => ({ fields: [f] }), at: '/fields/0', columnOnly: false },
  {
    where: 'inside a group',
    form: (f: unknown) => ({ fields: [{ id: 'g', type: 'group', label, children: [f] }] }),
    at: '/fields/0/children/0',
    columnOnly: false,
  },
  {
    where: 'as a table column',
    form: (f: unknown) => ({ fields: [{ id: 't', type: 'table', label, columns: [f] }] }),
    at: '/fields/0/columns/0',
    columnOnly: true,
  },
]

describe('field definitions in forms', () => {
  it('has cases for every field type', () => {
    expect(Object.keys(cases).sort()).toEqual([...fieldTypes].sort())
    for (const [, { invalid }] of entries) expect(invalid.length).toBeGreaterThanOrEqual(2)
  })

  const valid = entries.flatMap(([type, { column }]) =>
    placements.filter((p) => column || !p.columnOnly).map((p) => ({ type, ...p })),
  )
  it.each(valid)('a minimal $type field is valid $where', ({ type, form }) => {
    expect(validateForm(form(field(type, {})))).toMatchObject({ ok: true })
  })

  const invalid = entries.flatMap(([type, { invalid, column }]) =>
    placements
      .filter((p) => column || !p.columnOnly)
      .flatMap((p) => invalid.map(([what, props, path, code]) => ({ type, what, props, path, code, ...p }))),
  )
  it.each(invalid)('$type $where rejects $what', ({ type, props, path, code, form, at }) => {
    const result = validateForm(form(field(type, props)))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toContainEqual(expect.objectContaining({ path: `${at}${path}`, code }))
  })
})
