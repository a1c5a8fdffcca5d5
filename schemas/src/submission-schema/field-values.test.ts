import { describe, expect, it } from 'vitest'
import { type FieldType, fieldTypes } from '../generated/kinds.ts'
import { form, issuesOf, label } from './test-forms.ts'
import { createSubmissionValidator } from './validator.ts'

type Values = Record<string, unknown>
type Reject = [what: string, values: Values, path: string, code: string]

interface Case {
  /** The field under test, id "f" (type and label are added). */
  field: Record<string, unknown>
  accept: Values[]
  reject: Reject[]
}

const f = (value: unknown): Values => ({ f: value })
const options = [
  { value: 'a', label: label('甲') },
  { value: 'b', label: label('乙') },
  { value: 'c', label: label('丙') },
]
const file = (name: string, mime: string, size = 100) => ({ id: `att_${name}`, name, size, mime })
const inner = { id: 'inner', type: 'text', label: label('内层') }

// Each field type once, by the compiler and by the runtime check below.
const cases = {
  text: {
    field: {
      maxLength: 5,
      pattern: '[A-Z]+',
      patternMessage: { 'zh-CN': '大写字母', en: 'capital letters' },
    },
    accept: [f('ABC'), {}],
    reject: [
      ['lower case (the pattern must match the whole value)', f('ABc'), '/f', 'submission.text.format'],
      ['six characters', f('ABCDEF'), '/f', 'submission.maxLength'],
      ['a number', f(5), '/f', 'submission.text.type'],
    ],
  },
  textarea: {
    field: { minLength: 2 },
    accept: [f('第一行\n第二行'), f('x'.repeat(5000))],
    reject: [
      ['one character', f('a'), '/f', 'submission.minLength'],
      ['5001 characters (the textarea limit)', f('x'.repeat(5001)), '/f', 'submission.maxLength'],
    ],
  },
  number: {
    field: { min: 0, max: 100, precision: 1 },
    accept: [f(0), f(99.5), f(100)],
    reject: [
      ['above the maximum', f(100.1), '/f', 'submission.number.max'],
      ['below the minimum', f(-1), '/f', 'submission.number.min'],
      ['two decimal places', f(1.25), '/f', 'submission.number.precision'],
      ['a string', f('5'), '/f', 'submission.number.type'],
    ],
  },
  money: {
    field: { min: '0.01', max: '5000' },
    accept: [f('0.01'), f('5000.00'), f('5000'), f('12.5')],
    reject: [
      ['one cent above the maximum', f('5000.01'), '/f', 'submission.money.max'],
      ['zero below a minimum of 0.01', f('0.00'), '/f', 'submission.money.min'],
      ['three decimal places', f('1.001'), '/f', 'submission.money.precision'],
      ['a JSON number', f(1.5), '/f', 'submission.money.type'],
      ['an exponent', f('1e3'), '/f', 'submission.money.format'],
      ['a thousands separator', f('1,000'), '/f', 'submission.money.format'],
      ['a leading zero', f('01.5'), '/f', 'submission.money.format'],
    ],
  },
  date: {
    field: { min: '2024-01-01', max: '2024-12-31' },
    accept: [f('2024-02-29'), f('2024-01-01'), f('2024-12-31')],
    reject: [
      ['30 February', f('2024-02-30'), '/f', 'submission.date.format'],
      ['before the minimum', f('2023-12-31'), '/f', 'submission.date.min'],
      ['after the maximum', f('2025-01-01'), '/f', 'submission.date.max'],
      ['slashes', f('2024/05/01'), '/f', 'submission.date.format'],
    ],
  },
  datetime: {
    field: { min: '2024-05-01T00:00:00+08:00' },
    accept: [f('2024-05-01T09:00:00+08:00'), f('2024-05-01T01:00:00Z')],
    reject: [
      ['no offset', f('2024-05-01T09:00:00'), '/f', 'submission.datetime.format'],
      ['a date only', f('2024-05-01'), '/f', 'submission.datetime.format'],
      ['before the minimum in another offset', f('2024-04-30T15:59:59Z'), '/f', 'submission.datetime.min'],
    ],
  },
  dateRange: {
    field: { halfDay: true, maxDays: 5 },
    accept: [
      f({ start: '2024-05-01', end: '2024-05-05' }),
      f({ start: '2024-05-01', startHalf: 'pm', end: '2024-05-01', endHalf: 'pm' }),
      f({ start: '2024-05-01', startHalf: 'pm', end: '2024-05-06', endHalf: 'am' }),
    ],
    reject: [
      [
        'an end before the start',
        f({ start: '2024-05-02', end: '2024-05-01' }),
        '/f',
        'submission.dateRange.order',
      ],
      [
        'a morning end on a pm start day',
        f({ start: '2024-05-01', startHalf: 'pm', end: '2024-05-01', endHalf: 'am' }),
        '/f',
        'submission.dateRange.order',
      ],
      ['six days', f({ start: '2024-05-01', end: '2024-05-06' }), '/f', 'submission.dateRange.maxDays'],
      [
        'five and a half days',
        f({ start: '2024-05-01', end: '2024-05-06', endHalf: 'am' }),
        '/f',
        'submission.dateRange.maxDays',
      ],
      [
        'a half called noon',
        f({ start: '2024-05-01', startHalf: 'noon', end: '2024-05-02' }),
        '/f/startHalf',
        'submission.option',
      ],
      ['no end', f({ start: '2024-05-01' }), '/f/end', 'submission.dateRange.format'],
    ],
  },
  select: {
    field: { options },
    accept: [f('a')],
    reject: [
      ['an unknown option', f('z'), '/f', 'submission.option'],
      ['a list', f(['a']), '/f', 'submission.select.type'],
    ],
  },
  radio: {
    field: { options },
    accept: [f('b')],
    reject: [
      ['an option label instead of its value', f('乙'), '/f', 'submission.option'],
      ['a boolean', f(true), '/f', 'submission.radio.type'],
    ],
  },
  multiSelect: {
    field: { options, minSelected: 1, maxSelected: 2 },
    accept: [f(['a']), f(['a', 'b'])],
    reject: [
      ['none selected', f([]), '/f', 'submission.multiSelect.minItems'],
      ['three selected', f(['a', 'b', 'c']), '/f', 'submission.multiSelect.maxItems'],
      ['the same option twice', f(['a', 'a']), '/f', 'submission.duplicate'],
      ['an unknown option', f(['a', 'z']), '/f/1', 'submission.option'],
    ],
  },
  checkbox: {
    field: { options },
    accept: [f([]), f(['a', 'b', 'c'])],
    reject: [
      ['a single value', f('a'), '/f', 'submission.checkbox.type'],
      ['an unknown option', f(['x']), '/f/0', 'submission.option'],
    ],
  },
  member: {
    field: {},
    accept: [f('lisi')],
    reject: [
      ['a list when not multiple', f(['lisi']), '/f', 'submission.member.type'],
      ['a display name instead of an id', f('李四'), '/f', 'submission.member.format'],
    ],
  },
  department: {
    field: { multiple: true },
    accept: [f(['rnd', 'finance']), f([])],
    reject: [
      ['a single id when multiple', f('rnd'), '/f', 'submission.department.type'],
      ['the same department twice', f(['rnd', 'rnd']), '/f', 'submission.duplicate'],
    ],
  },
  attachment: {
    field: { accept: ['application/pdf', '.docx', 'image/*'], maxSize: 1000, maxCount: 2 },
    accept: [
      f([file('报价单.pdf', 'application/pdf')]),
      f([file('合同.DOCX', 'application/octet-stream'), file('scan.heic', 'image/heic')]),
    ],
    reject: [
      ['a zip file', f([file('a.zip', 'application/zip')]), '/f/0', 'submission.file.accept'],
      [
        'a file over maxSize',
        f([file('a.pdf', 'application/pdf', 1001)]),
        '/f/0/size',
        'submission.file.size',
      ],
      [
        'three files',
        f([1, 2, 3].map((n) => file(`${n}.pdf`, 'application/pdf'))),
        '/f',
        'submission.attachment.maxItems',
      ],
      [
        'a file without its MIME type',
        f([{ id: 'x', name: 'a.pdf', size: 1 }]),
        '/f/0/mime',
        'submission.file.invalid',
      ],
      ['one file not in a list', f(file('a.pdf', 'application/pdf')), '/f', 'submission.attachment.type'],
    ],
  },
  image: {
    field: {},
    accept: [f([file('a.jpg', 'image/jpeg'), file('b.webp', 'image/webp')])],
    reject: [
      ['a BMP (not a default image type)', f([file('a.bmp', 'image/bmp')]), '/f/0', 'submission.file.accept'],
      ['a PDF', f([file('a.pdf', 'application/pdf')]), '/f/0', 'submission.file.accept'],
      [
        'ten images (nine by default)',
        f(Array.from({ length: 10 }, (_, i) => file(`${i}.png`, 'image/png'))),
        '/f',
        'submission.image.maxItems',
      ],
    ],
  },
  table: {
    field: {
      minRows: 1,
      maxRows: 2,
      columns: [
        { id: 'name', type: 'text', label: label('名称'), required: true },
        { id: 'price', type: 'money', label: label('单价') },
      ],
    },
    accept: [f([{ name: '键盘', price: '99.00' }]), f([{ name: '鼠标' }, { name: '键盘' }])],
    reject: [
      ['no rows', f([]), '/f', 'submission.table.minRows'],
      ['three rows', f([{ name: 'a' }, { name: 'b' }, { name: 'c' }]), '/f', 'submission.table.maxRows'],
      [
        'a row without its required column',
        f([{ name: 'a' }, { price: '1.00' }]),
        '/f/1/name',
        'submission.required',
      ],
      ['an unknown column', f([{ name: 'a', colour: 'red' }]), '/f/0/colour', 'submission.unknownField'],
      ['a row that is not an object', f(['a']), '/f/0', 'submission.type'],
      ['a money cell as a number', f([{ name: 'a', price: 9.9 }]), '/f/0/price', 'submission.money.type'],
    ],
  },
  formula: {
    field: { expression: 'form.x', resultType: 'money' },
    // The server recomputes formulas, so whatever arrives is accepted and dropped.
    accept: [f('123.45'), f(5), {}],
    reject: [],
  },
  description: {
    field: { content: label('说明文字') },
    accept: [{}],
    reject: [['a value for a description', f('x'), '/f', 'submission.unknownField']],
  },
  group: {
    field: { children: [inner] },
    accept: [{ inner: '在顶层' }, {}],
    reject: [['a value nested under the group', f({ inner: 'x' }), '/f', 'submission.unknownField']],
  },
  columns: {
    field: { children: [inner] },
    accept: [{ inner: '在顶层' }],
    reject: [['a value for the layout itself', { f: [], inner: 'x' }, '/f', 'submission.unknownField']],
  },
  creditCode: {
    field: {},
    accept: [f('91350100M000100Y43')],
    reject: [
      ['a wrong check character', f('91350100M000100Y44'), '/f', 'submission.creditCode.format'],
      ['17 characters', f('91350100M000100Y4'), '/f', 'submission.creditCode.format'],
    ],
  },
  idNumber: {
    field: {},
    accept: [f('11010519491231002X'), f('11010519491231002x')],
    reject: [
      ['a wrong check digit', f('110105194912310021'), '/f', 'submission.idNumber.format'],
      ['30 February', f('110105199002300010'), '/f', 'submission.idNumber.format'],
    ],
  },
  email: {
    field: {},
    accept: [f('zhangsan@example.com')],
    reject: [
      ['no domain', f('zhangsan@'), '/f', 'submission.email.format'],
      ['a list', f(['a@example.com']), '/f', 'submission.email.type'],
    ],
  },
  bankAccount: {
    field: {},
    accept: [f('6222021001123456789'), f('6222 0210 0112 3456 789')],
    reject: [
      ['seven digits', f('1234567'), '/f', 'submission.bankAccount.format'],
      ['hyphens', f('6222-0210-0112'), '/f', 'submission.bankAccount.format'],
    ],
  },
  phone: {
    field: { kind: 'mobile' },
    accept: [f('13812345678')],
    reject: [
      ['a landline for a mobile field', f('010-12345678'), '/f', 'submission.phone.format'],
      ['a +86 prefix', f('+8613812345678'), '/f', 'submission.phone.format'],
    ],
  },
} satisfies Record<FieldType, Case>

const definition = (type: FieldType) => form({ id: 'f', type, label: label('字段'), ...cases[type].field })
const entries = Object.entries(cases) as [FieldType, Case][]

describe('submission values per field type', () => {
  it('covers every field type', () => {
    expect(Object.keys(cases).sort()).toEqual([...fieldTypes].sort())
  })

  const accepted = entries.flatMap(([type, { accept }]) => accept.map((values) => ({ type, values })))
  it.each(accepted)('$type accepts $values', ({ type, values }) => {
    expect(issuesOf(definition(type), values)).toEqual([])
  })

  const rejected = entries.flatMap(([type, { reject }]) =>
    reject.map(([what, values, path, code]) => ({ type, what, values, path, code })),
  )
  it.each(rejected)('$type rejects $what', ({ type, values, path, code }) => {
    expect(issuesOf(definition(type), values)).toEqual([[path, code]])
  })

  it('names the field by its label in messages', () => {
    const result = createSubmissionValidator(definition('money'))(f('1.001'))
    expect(result).toMatchObject({
      ok: false,
      issues: [{ message: '"字段" (f): must have at most 2 decimal places' }],
    })
  })

  it("uses the owner's pattern message", () => {
    const result = createSubmissionValidator(definition('text'))(f('abc'))
    expect(result).toMatchObject({ ok: false, issues: [{ message: '"字段" (f): capital letters' }] })
  })
})
