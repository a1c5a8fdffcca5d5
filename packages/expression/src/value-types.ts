import type { Field, FieldType } from '@signoff/schemas'
import { props } from './field-props.ts'
import type { Shape } from './shapes.ts'

/**
 * How each field type's value appears in expressions. `shape` is undefined for fields without a value;
 * `layout` fields have no value either, and their children are read as if they stood at the top level.
 */
export interface ValueType {
  shape(field: Field): Shape | undefined
  layout?: true
  /** Decimal places a decimal value is shown and stored with; undefined keeps it as it is. */
  places?(field: Field): number | undefined
}

const single = (shape: Shape): ValueType => ({ shape: () => shape })
const noValue: ValueType = { shape: () => undefined }
const members: ValueType = { shape: (field) => (props(field).multiple ? 'multi' : 'choice') }

const formulaShapes = {
  number: 'decimal',
  money: 'decimal',
  text: 'text',
  boolean: 'bool',
  date: 'date',
} as const satisfies Record<NonNullable<ReturnType<typeof props>['resultType']>, Shape>

export const valueTypes = {
  text: single('text'),
  textarea: single('text'),
  creditCode: single('text'),
  idNumber: single('text'),
  phone: single('text'),
  email: single('text'),
  bankAccount: single('text'),
  number: { shape: () => 'decimal', places: (field) => props(field).precision },
  money: { shape: () => 'decimal', places: (field) => props(field).precision ?? 2 },
  date: single('date'),
  datetime: single('datetime'),
  dateRange: single('dateRange'),
  select: single('choice'),
  radio: single('choice'),
  multiSelect: single('multi'),
  checkbox: single('multi'),
  member: members,
  department: members,
  attachment: single('files'),
  image: single('files'),
  table: single('rows'),
  formula: {
    shape: (field) => formulaShapes[props(field).resultType ?? 'number'],
    places: (field) => props(field).precision ?? (props(field).resultType === 'money' ? 2 : undefined),
  },
  description: noValue,
  group: { ...noValue, layout: true },
  columns: { ...noValue, layout: true },
} satisfies Record<FieldType, ValueType>

export function valueType(field: Field): ValueType | undefined {
  return Object.hasOwn(valueTypes, field.type) ? valueTypes[field.type as FieldType] : undefined
}

export function shapeOf(field: Field): Shape | undefined {
  return valueType(field)?.shape(field)
}
