import { describe, expect, it } from 'vitest'
import type { FieldType } from '../generated/kinds.ts'
import { field, formOf, outcome, zh } from './test-forms.ts'
import { createSubmissionValidator } from './validator.ts'

type Case = [value: unknown, expected: string]
interface TypeCases {
  props?: Record<string, unknown>
  cases: Case[]
}

const options = [
  { value: 'a', label: zh('甲') },
  { value: 'b', label: zh('乙') },
  { value: 'c', label: zh('丙') },
]
const file = (name: string, mime: string, size = 1000) => ({ id: `f-${name}`, name, size, mime })

// For each field type, submissions of { f: value } and the first issue expected ("ok" when valid).
const byType = {
  text: {
    props: { minLength: 2, maxLength: 5, pattern: '^[A-Z]+$', patternMessage: zh('只能填写大写字母') },
    cases: [
      ['ABC', 'ok'],
      ['A', '/f submission.length'],
      ['ABCDEF', '/f submission.length'],
      ['abc', '/f submission.pattern'],
      [12, '/f submission.type'],
    ],
  },
  textarea: {
    props: { maxLength: 10 },
    cases: [
      ['第一行\n第二行', 'ok'],
      ['', '/f submission.length'],
      ['x'.repeat(11), '/f submission.length'],
    ],
  },
  number: {
    props: { min: 0, max: 100, precision: 1 },
    cases: [
      [99.5, 'ok'],
      [0, 'ok'],
      [100.5, '/f submission.range'],
      [1.25, '/f submission.precision'],
      ['5', '/f submission.type'],
    ],
  },
  money: {
    props: { precision: 2, min: '0.01', max: '5000' },
    cases: [
      ['5000.00', 'ok'],
      ['0.01', 'ok'],
      ['5000.01', '/f submission.range'],
      ['0.00', '/f submission.range'],
      ['5000.001', '/f submission.precision'],
      [1.5, '/f submission.type'],
      ['1e3', '/f submission.pattern'],
      ['01.5', '/f submission.pattern'],
    ],
  },
  date: {
    props: { min: '2024-01-01', max: '2024-12-31' },
    cases: [
      ['2024-02-29', 'ok'],
      ['2023-12-31', '/f submission.range'],
      ['2024-02-30', '/f submission.format'],
      ['2024/03/01', '/f submission.format'],
    ],
  },
  datetime: {
    props: { min: '2024-01-01T00:00:00+08:00' },
    cases: [
      ['2024-05-01T09:00:00+08:00', 'ok'],
      ['2023-12-31T23:59:59+08:00', '/f submission.range'],
      ['2024-05-01T09:00:00', '/f submission.format'],
    ],
  },
  dateRange: {
    props: { halfDay: true, maxDays: 3 },
    cases: [
      [{ start: '2024-05-01', end: '2024-05-03', startHalf: 'pm', endHalf: 'am' }, 'ok'],
      [{ start: '2024-05-01', end: '2024-05-01', startHalf: 'am', endHalf: 'pm' }, 'ok'],
      [{ start: '2024-05-01', end: '2024-05-01', startHalf: 'pm', endHalf: 'am' }, '/f submission.dateRange'],
      [{ start: '2024-05-03', end: '2024-05-01' }, '/f submission.dateRange'],
      [{ start: '2024-05-01', end: '2024-05-04' }, '/f submission.dateRange'],
      [{ start: '2024-05-01', end: '2024-05-02', startHalf: 'noon' }, '/f/startHalf submission.option'],
      [{ start: '2024-05-01' }, '/f/end submission.required'],
    ],
  },
  select: {
    props: { options },
    cases: [
      ['a', 'ok'],
      ['d', '/f submission.option'],
      [['a'], '/f submission.type'],
    ],
  },
  radio: {
    props: { options },
    cases: [
      ['c', 'ok'],
      ['A', '/f submission.option'],
      [true, '/f submission.type'],
    ],
  },
  multiSelect: {
    props: { options, minSelected: 1, maxSelected: 2 },
    cases: [
      [['a', 'c'], 'ok'],
      [['a', 'b', 'c'], '/f submission.count'],
      [['a', 'a'], '/f submission.duplicate'],
      [['x'], '/f/0 submission.option'],
    ],
  },
  checkbox: {
    props: { options },
    cases: [
      [[], 'ok'],
      [['b'], 'ok'],
      ['b', '/f submission.type'],
      [['b', 'z'], '/f/1 submission.option'],
    ],
  },
  member: {
    props: { multiple: true },
    cases: [
      [['zhangsan', 'lisi'], 'ok'],
      ['zhangsan', '/f submission.type'],
      [['zhangsan', 'zhangsan'], '/f submission.duplicate'],
      [['张三'], '/f/0 submission.pattern'],
    ],
  },
  department: {
    props: { multiple: false },
    cases: [
      ['finance', 'ok'],
      [['finance'], '/f submission.type'],
      ['9finance', '/f submission.pattern'],
    ],
  },
  attachment: {
    props: { accept: ['application/pdf', 'image/*', '.docx'], maxSize: 5000, maxCount: 2 },
    cases: [
      [[file('quote.pdf', 'application/pdf'), file('photo.jpg', 'image/jpeg')], 'ok'],
      [[file('Spec.DOCX', 'application/octet-stream')], 'ok'],
      [
        [
          file('a.pdf', 'application/pdf'),
          file('b.pdf', 'application/pdf'),
          file('c.pdf', 'application/pdf'),
        ],
        '/f submission.count',
      ],
      [[file('big.pdf', 'application/pdf', 5001)], '/f/0/size submission.fileSize'],
      [[file('run.exe', 'application/x-msdownload')], '/f/0 submission.fileType'],
      [[{ id: 'x', name: 'a.pdf', mime: 'application/pdf' }], '/f/0/size submission.required'],
      [[{ ...file('a.pdf', 'application/pdf'), url: 'http://x' }], '/f/0/url submission.unknownField'],
    ],
  },
  image: {
    props: {},
    cases: [
      [[file('a.png', 'image/png')], 'ok'],
      [[file('a.pdf', 'application/pdf')], '/f/0 submission.fileType'],
      [[file('a.tiff', 'image/tiff')], '/f/0 submission.fileType'],
    ],
  },
  table: {
    props: { columns: [field('text', 'note')], maxRows: 2 },
    cases: [
      [[{ note: 'x' }, {}], 'ok'],
      [[{}, {}, {}], '/f submission.count'],
      [[{ other: 'x' }], '/f/0/other submission.unknownField'],
      [{ note: 'x' }, '/f submission.type'],
    ],
  },
  formula: {
    props: { expression: '1 + 1', resultType: 'number' },
    cases: [
      ['2', 'ok'],
      [{ anything: true }, 'ok'],
    ],
  },
  description: {
    props: { content: zh('说明') },
    cases: [['text', '/f submission.unknownField']],
  },
  creditCode: {
    cases: [
      ['91350100M000100Y43', 'ok'],
      ['91350100M000100Y44', '/f submission.format'],
      ['91350100m000100y43', '/f submission.format'],
    ],
  },
  idNumber: {
    cases: [
      ['11010519491231002X', 'ok'],
      ['110105194912310021', '/f submission.format'],
      ['11010519491231002x', '/f submission.format'],
    ],
  },
  email: {
    cases: [
      ['zhang.san@example.com', 'ok'],
      ['zhang.san', '/f submission.format'],
      ['', '/f submission.length'],
    ],
  },
  bankAccount: {
    cases: [
      ['6222 0212 3456 7890 123', 'ok'],
      ['6222-0212', '/f submission.format'],
      [6222021234567890, '/f submission.type'],
    ],
  },
  phone: {
    props: { kind: 'mobile' },
    cases: [
      ['13812345678', 'ok'],
      ['010-12345678', '/f submission.format'],
      ['1381234567', '/f submission.format'],
    ],
  },
  group: {
    props: { children: [field('text', 'inner')] },
    cases: [
      [{ f: 1 }, '/f submission.unknownField'],
      ['ignored', '/f submission.unknownField'],
    ],
  },
  columns: {
    props: { children: [field('text', 'left')] },
    cases: [['x', '/f submission.unknownField']],
  },
} satisfies Record<FieldType, TypeCases>

const entries = Object.entries(byType) as [string, TypeCases][]
const rows = entries.flatMap(([type, { props, cases }]) =>
  (cases as Case[]).map(([value, expected]) => ({ type, props: props ?? {}, value, expected })),
)

describe('submission values per field type', () => {
  it.each(rows)('$type: $value → $expected', ({ type, props, value, expected }) => {
    expect(outcome(formOf(field(type, 'f', props)), { f: value })[0]).toBe(expected)
  })

  it('accepts an empty submission when nothing is required', () => {
    for (const [type, { props }] of entries)
      expect(outcome(formOf(field(type, 'f', props)), {}), type).toEqual(['ok'])
  })

  it('rejects what is not an object', () => {
    expect(outcome(formOf(field('text', 'f')), ['x'])).toEqual([' submission.type'])
  })

  it('gives layout children top-level keys', () => {
    const form = formOf(
      field('group', 'g', { children: [field('columns', 'c', { children: [field('text', 'inner')] })] }),
    )
    expect(outcome(form, { inner: 'x' })).toEqual(['ok'])
  })

  it('stores a bank account without its display spaces', () => {
    const validate = createSubmissionValidator(formOf(field('bankAccount', 'account')))
    expect(validate({ account: '6222 0212 3456 7890 123' })).toEqual({
      ok: true,
      value: { account: '6222021234567890123' },
    })
  })

  it('names the field in the message', () => {
    const form = formOf({ id: 'amount', type: 'money', label: zh('金额'), required: true } as never)
    const result = createSubmissionValidator(form)({})
    expect(result).toEqual({
      ok: false,
      issues: [{ code: 'submission.required', message: '"金额" (amount) is required', path: '/amount' }],
    })
  })
})
