// Test support: random forms and random submissions for them, to compare the interpreter with Ajv.
import fc from 'fast-check'
import type { Condition, Field, FormDefinition } from '../../generated/types.ts'
import { sampleValues } from '../sample-values.ts'
import { field, zh } from '../test-forms.ts'

const options = ['a', 'b', 'c'].map((value) => ({ value, label: zh(value) }))
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })
const decimal = fc.constantFrom('0', '1', '10.5', '-3', '100', '99.99', '0.001')
const day = fc.constantFrom('2024-01-01', '2024-02-29', '2024-06-15', '2025-12-31')

/** Each field type's props, random within what a definition allows. */
const propsByType: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  text: fc.record(
    {
      minLength: fc.integer({ min: 1, max: 3 }),
      maxLength: fc.integer({ min: 3, max: 8 }),
      pattern: fc.constantFrom('^[A-Z]+$', '^\\p{L}+$', '\\d', '^[a-z]{2,}$'),
    },
    { requiredKeys: [] },
  ),
  textarea: fc.record({ maxLength: fc.integer({ min: 1, max: 10 }) }, { requiredKeys: [] }),
  number: fc.record(
    { min: fc.constantFrom(0, -5), max: fc.constantFrom(10, 100), precision: fc.integer({ min: 0, max: 3 }) },
    { requiredKeys: [] },
  ),
  money: fc.record(
    { min: decimal, max: fc.constantFrom('100', '1000.50'), precision: fc.integer({ min: 0, max: 4 }) },
    { requiredKeys: [] },
  ),
  date: fc.record({ min: day, max: fc.constantFrom('2025-01-01', '2026-06-30') }, { requiredKeys: [] }),
  datetime: fc.constant({}),
  dateRange: fc.record(
    { halfDay: fc.boolean(), maxDays: fc.integer({ min: 1, max: 30 }) },
    { requiredKeys: [] },
  ),
  select: fc.constant({ options }),
  radio: fc.constant({ options }),
  multiSelect: fc.record(
    { options: fc.constant(options), minSelected: fc.constantFrom(1, 2), maxSelected: fc.constantFrom(2, 3) },
    { requiredKeys: ['options'] },
  ),
  checkbox: fc.constant({ options }),
  member: fc.record({ multiple: fc.boolean() }, { requiredKeys: [] }),
  department: fc.record({ multiple: fc.boolean() }, { requiredKeys: [] }),
  attachment: fc.record(
    {
      accept: fc.constantFrom(['.pdf'], ['image/*'], ['application/pdf', '.docx']),
      maxSize: fc.constantFrom(1000, 5_000_000),
      maxCount: fc.integer({ min: 1, max: 3 }),
    },
    { requiredKeys: [] },
  ),
  image: fc.record({ maxCount: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: [] }),
  phone: fc.record({ kind: fc.constantFrom('mobile', 'landline', 'any') }, { requiredKeys: [] }),
  email: fc.constant({}),
  idNumber: fc.constant({}),
  creditCode: fc.constant({}),
  bankAccount: fc.constant({}),
  formula: fc.constant({ expression: 'amount * 2' }),
  description: fc.constant({ content: zh('说明') }),
}
const valueTypes = Object.keys(propsByType)

/** A condition on the fields before (structured where it can be, else one only the evaluator decides). */
const conditionOn = (earlier: readonly string[]): fc.Arbitrary<Condition> => {
  const literal = fc.oneof(
    fc.constantFrom('a', 'b', 'yes', '2024-06-15', '10', '0.5'),
    fc.integer({ min: -5, max: 50 }),
  )
  const ops = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'contains', 'notContains'] as const
  const comparison = fc.oneof(
    fc.record({
      field: fc.constantFrom(...earlier),
      op: fc.constantFrom(...ops),
      value: fc.oneof(literal, fc.array(literal, { minLength: 1, maxLength: 3 })),
    }),
    fc.record({ field: fc.constantFrom(...earlier), op: fc.constantFrom('empty', 'notEmpty') }),
  ) as fc.Arbitrary<Condition>
  const leaf = fc.oneof(
    { weight: 4, arbitrary: comparison },
    { weight: 1, arbitrary: fc.constant<Condition>({ cel: 'initiator.department == "d1"' }) },
  )
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all })) },
    { weight: 1, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
    { weight: 1, arbitrary: leaf.map((inner) => ({ not: inner })) },
  )
}

const rules = (earlier: readonly string[]) =>
  earlier.length === 0
    ? fc.constant({})
    : fc.record(
        { required: fc.boolean(), visibleWhen: conditionOn(earlier), requiredWhen: conditionOn(earlier) },
        { requiredKeys: [] },
      )

const valueField = (id: string, earlier: readonly string[]): fc.Arbitrary<Field> =>
  fc
    .constantFrom(...valueTypes)
    .chain((type) =>
      fc
        .tuple(propsByType[type] ?? fc.constant({}), rules(earlier))
        .map(([props, rule]) => field(type, id, { ...props, ...rule })),
    )

/** A form of up to `size` top-level fields, perhaps a group and a detail table with its own columns. */
export const formArbitrary = (size = 6): fc.Arbitrary<FormDefinition> =>
  fc.integer({ min: 1, max: size }).chain((count) => {
    const ids = Array.from({ length: count }, (_, i) => `f${i}`)
    const fields = ids.map((id, i) => valueField(id, ids.slice(0, i)))
    const columns = fc.tuple(valueField('c0', []), valueField('c1', ['c0']))
    const table = fc
      .tuple(
        columns,
        fc.record({ minRows: fc.constantFrom(0, 1), maxRows: fc.constantFrom(2, 5) }),
        rules(ids),
      )
      .map(([cols, bounds, rule]) => field('table', 'rows', { columns: cols, ...bounds, ...rule }))
    return fc.tuple(fc.tuple(...fields), fc.boolean(), maybe(table)).map(([list, grouped, detail]) => {
      const top: Field[] =
        grouped && list.length > 1
          ? [field('group', 'g', { children: list.slice(1) }), list[0] as Field]
          : list
      return { fields: detail ? [...top, detail] : top }
    })
  })

/** Values that break one rule or another: wrong types, bad formats, out of range, unknown files. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    0,
    -1,
    1.5,
    1e21,
    '',
    'x',
    'ABC',
    'abc',
    ' ',
    '12.345',
    '-0.1',
    '1e3',
    '999999',
    '2024-02-30',
    '2024-13-01',
    '2024-06-15',
    '2024-06-15T09:00:00+08:00',
    '2024-06-15T09:00:00',
    'a@b',
    'a@b.cn',
    '13800138000',
    '010-62345678',
    '6222 0210 0112 3456',
    '😀😀',
    'a',
    ['a', 'a'],
    ['a', 'z'],
    [],
    ['a', 'b', 'c', 'a'],
    {},
    { start: '2024-06-10', end: '2024-06-01' },
    { start: '2024-06-01', end: '2024-08-01', startHalf: 'pm' },
    { start: '2024-06-01', end: '2024-06-01', startHalf: 'pm', endHalf: 'am' },
    { start: 'x', end: 3 },
    [{ id: 'f', name: 'a.exe', size: 5, mime: 'application/x-msdownload' }],
    [{ id: 'f', name: 'a.pdf', size: 1e9, mime: 'application/pdf' }],
    [{ id: 'f', name: 'b.png', size: 10, mime: 'image/png', extra: 1 }],
    [{ id: '', name: 'b.png', mime: 'IMAGE/PNG' }],
    [{ c0: 'x' }, { c1: 1, zz: 2 }],
    [{}, {}, {}, {}, {}, {}],
  ),
  fc.jsonValue({ maxDepth: 2 }),
)

/** A sample the form accepts, then some fields deleted, replaced by bad values, or added. */
export const valuesFor = (form: FormDefinition, evaluate: (condition: Condition) => boolean) => {
  const { values } = sampleValues(form, {
    today: '2024-06-15',
    members: ['u1'],
    departments: ['d1'],
    evaluateCondition: evaluate,
  })
  const keys = [...Object.keys(values), 'f0', 'f1', 'f2', 'rows', 'unknown']
  const change = fc.tuple(fc.constantFrom(...keys), badValue)
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<unknown>(values) },
    {
      weight: 6,
      arbitrary: fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
        const copy: Record<string, unknown> = structuredClone(values)
        for (const [key, value] of changes) copy[key] = value
        return copy as unknown
      }),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<unknown> },
  )
}
