import commonSchema from '../../json/common.schema.json'
import { normalizeBankAccount } from '../formats/bank-account.ts'
import type { FieldType } from '../generated/kinds.ts'
import type { Field, PhoneField } from '../generated/types.ts'
import { compact, type JsonSchema } from './json-schema.ts'

export type FieldOf<T extends FieldType> = Extract<Field, { type: T }>

/**
 * How a structured condition may test a field's submitted value: `multi`, `files` and `rows` values
 * are lists; `range` and `files` only know empty and not empty.
 */
export type CompareKind = 'text' | 'choice' | 'multi' | 'decimal' | 'date' | 'range' | 'files' | 'rows'

export interface ValueContext {
  /** The schema of one row of this detail table. */
  row(table: Field): JsonSchema
}

/** One field type's part in a submission. Types without `value` submit nothing. */
export interface ValueSpec<F extends Field> {
  value?: (field: F, context: ValueContext) => JsonSchema
  /** Layout: these fields' values stand at the top level. */
  children?: (field: F) => readonly Field[]
  /** Detail table: each row holds these fields' values. */
  columns?: (field: F) => readonly Field[]
  /** Computed by the system: never required from the person filling in the form. */
  computed?: true
  /** How structured conditions test the value; undefined: only an injected evaluator can. */
  compare?: (field: F) => CompareKind | undefined
  /** What the value must be, for messages: "must be ${expects}". */
  expects: (field: F) => string
  /** The stored form of a valid text value (e.g. display spaces removed). */
  normalize?: (value: string) => string
}

const identifier = commonSchema.$defs.identifier.pattern
const decimalPattern = commonSchema.$defs.decimalString.pattern
const maxFileSize = 104857600
const defaultImageTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp']

const text = (format: string, expects: string, normalize?: (value: string) => string): ValueSpec<Field> => ({
  value: () => ({ type: 'string', minLength: 1, maxLength: 254, format }),
  compare: () => 'text',
  expects: () => expects,
  ...(normalize ? { normalize } : {}),
})

const optionValues = (field: { options: { value: string }[] }) => field.options.map((option) => option.value)

const single = (field: { options: { value: string }[] }): JsonSchema => ({
  type: 'string',
  enum: optionValues(field),
})

const several = (field: {
  options: { value: string }[]
  minSelected?: number
  maxSelected?: number
}): JsonSchema =>
  compact({
    type: 'array',
    items: { enum: optionValues(field) },
    uniqueItems: true,
    minItems: field.minSelected,
    maxItems: field.maxSelected ?? field.options.length,
  })

const directoryIds = (field: { multiple?: boolean }): JsonSchema => {
  const id = { type: 'string', pattern: identifier }
  return field.multiple ? { type: 'array', items: id, uniqueItems: true, minItems: 0, maxItems: 500 } : id
}

const files = (
  field: { accept?: string[]; maxSize?: number; maxCount?: number },
  accept: string[] | undefined,
): JsonSchema => ({
  type: 'array',
  maxItems: field.maxCount ?? 50,
  items: compact({
    type: 'object',
    properties: {
      id: { type: 'string', minLength: 1, maxLength: 128 },
      name: { type: 'string', minLength: 1, maxLength: 255 },
      size: { type: 'integer', minimum: 0, maximum: field.maxSize ?? maxFileSize },
      mime: { type: 'string', pattern: '^[a-z]+/[A-Za-z0-9][A-Za-z0-9.+-]{0,99}$' },
    },
    required: ['id', 'name', 'size', 'mime'],
    additionalProperties: false,
    fileAccept: accept,
  }),
})

const phoneFormats = { mobile: 'cn-mobile', landline: 'cn-landline', any: 'cn-phone' } satisfies Record<
  NonNullable<PhoneField['kind']>,
  string
>

const date = (field: { min?: string; max?: string }, format: string): JsonSchema =>
  compact({ type: 'string', format, formatMinimum: field.min, formatMaximum: field.max })

export const valueSpecs = {
  text: {
    value: (field) =>
      compact({
        type: 'string',
        minLength: Math.max(1, field.minLength ?? 1),
        maxLength: field.maxLength ?? 200,
        pattern: field.pattern,
      }),
    compare: () => 'text',
    expects: () => 'text',
  },
  textarea: {
    value: (field) =>
      compact({
        type: 'string',
        minLength: Math.max(1, field.minLength ?? 1),
        maxLength: field.maxLength ?? 5000,
      }),
    compare: () => 'text',
    expects: () => 'text',
  },
  creditCode: text('uscc', 'an 18-character unified social credit code'),
  idNumber: text('prc-id', 'an 18-character resident ID number'),
  email: text('email', 'an email address'),
  bankAccount: text('bank-account', 'a bank account number of 8–30 digits', normalizeBankAccount),
  phone: {
    value: (field) => ({
      type: 'string',
      minLength: 1,
      maxLength: 30,
      format: phoneFormats[field.kind ?? 'any'],
    }),
    compare: () => 'text',
    expects: () => 'a phone number written as text',
  },
  number: {
    value: (field) =>
      compact({ type: 'number', minimum: field.min, maximum: field.max, decimalPlaces: field.precision }),
    compare: () => 'decimal',
    expects: () => 'a number',
  },
  money: {
    value: (field) =>
      compact({
        type: 'string',
        pattern: decimalPattern,
        decimalPlaces: field.precision ?? 2,
        decimalMinimum: field.min,
        decimalMaximum: field.max,
      }),
    compare: () => 'decimal',
    expects: (field) =>
      `an amount written as text with at most ${field.precision ?? 2} decimal places, such as "1234.50"`,
  },
  date: {
    value: (field) => date(field, 'date'),
    compare: () => 'date',
    expects: () => 'a date written as YYYY-MM-DD',
  },
  datetime: {
    value: (field) => date(field, 'date-time'),
    expects: () => 'a date and time with an offset, such as "2024-05-01T09:00:00+08:00"',
  },
  dateRange: {
    value: (field) => {
      const day = { type: 'string', format: 'date' }
      const half = field.halfDay ? { enum: ['am', 'pm'] } : undefined
      return compact({
        type: 'object',
        properties: compact({ start: day, end: day, startHalf: half, endHalf: half }),
        required: ['start', 'end'],
        additionalProperties: false,
        dateSpan: compact({ maxDays: field.maxDays }),
      })
    },
    compare: () => 'range',
    expects: (field) =>
      field.halfDay ? 'a start and an end date, each with am or pm' : 'a start and an end date',
  },
  select: { value: single, compare: () => 'choice', expects: () => 'one of the options' },
  radio: { value: single, compare: () => 'choice', expects: () => 'one of the options' },
  multiSelect: { value: several, compare: () => 'multi', expects: () => 'a list of options' },
  checkbox: { value: several, compare: () => 'multi', expects: () => 'a list of options' },
  member: {
    value: directoryIds,
    compare: (field) => (field.multiple ? 'multi' : 'choice'),
    expects: (field) => (field.multiple ? 'a list of member ids' : 'a member id'),
  },
  department: {
    value: directoryIds,
    compare: (field) => (field.multiple ? 'multi' : 'choice'),
    expects: (field) => (field.multiple ? 'a list of department ids' : 'a department id'),
  },
  attachment: {
    value: (field) => files(field, field.accept),
    compare: () => 'files',
    expects: () => 'a list of uploaded files',
  },
  image: {
    value: (field) => files(field, field.accept ?? defaultImageTypes),
    compare: () => 'files',
    expects: () => 'a list of uploaded images',
  },
  table: {
    value: (field, context) => ({
      type: 'array',
      minItems: field.minRows ?? 0,
      maxItems: field.maxRows ?? 200,
      items: context.row(field),
    }),
    columns: (field) => field.columns,
    compare: () => 'rows',
    expects: () => 'a list of rows',
  },
  formula: {
    // Recomputed by the system from the other values, so whatever arrives here is not trusted or checked.
    value: () => ({ description: 'computed by the system; a submitted value is ignored' }),
    computed: true,
    expects: () => 'computed',
  },
  description: { expects: () => 'nothing' },
  group: { children: (field) => field.children, expects: () => 'nothing' },
  columns: { children: (field) => field.children, expects: () => 'nothing' },
} satisfies { [T in FieldType]: ValueSpec<FieldOf<T>> }

export function valueSpec(field: Field): ValueSpec<Field> {
  if (!Object.hasOwn(valueSpecs, field.type)) throw new Error(`unknown field type "${field.type}"`)
  return valueSpecs[field.type as FieldType] as ValueSpec<Field>
}

/** Whether the value is a list (empty means no entries). */
export function isListKind(kind: CompareKind | undefined): boolean {
  return kind === 'multi' || kind === 'files' || kind === 'rows'
}
