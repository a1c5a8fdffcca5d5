import { normalizeBankAccount } from '../check-characters/bank-account.ts'
import type { CheckCharacterFormat } from '../check-characters/formats.ts'
import { normalizeIdNumber } from '../check-characters/id-number.ts'
import type { FieldType } from '../generated/kinds.ts'
import type { Field } from '../generated/types.ts'
import type { FieldOf, JsonSchema } from './json-schema.ts'

/** How a field's value can be tested by a structured condition (see conditions.ts). */
export type ConditionShape = 'text' | 'choice' | 'decimal' | 'date' | 'datetime' | 'multi' | 'presence'

/**
 * What a field type contributes to the submission. value: a key with this schema. rows: a detail table.
 * computed: a formula (accepted and dropped: the server recomputes it). none: no key. layout: no key of
 * its own; its children are top-level keys.
 */
export type ValueRule<F extends Field> =
  | {
      kind: 'value'
      schema(field: F): JsonSchema
      /** The value as stored, e.g. without display spaces. */
      normalize?(value: unknown): unknown
      /** How to describe a valid value, for "must be ..." messages. */
      expects: string
      condition(field: F): ConditionShape
      /** The value is a list of uploaded files, whose parts get file issues. */
      files?: true
    }
  | { kind: 'rows'; expects: string; columns(field: F): Field[] }
  | { kind: 'computed' }
  | { kind: 'none' }
  | { kind: 'layout'; children(field: F): Field[] }

// Plain decimal text: no exponent, no leading zeros, no sign but minus; the places are counted separately.
export const decimalPattern = '^-?(0|[1-9][0-9]{0,17})(\\.[0-9]+)?$'
const identifier = { $ref: 'https://schemas.signoff.dev/common.schema.json#/$defs/identifier' }
// Images without an accept list: JPG, PNG, GIF and WebP, as the image field schema documents.
const defaultImageTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp']
// The attachment and image schemas' defaults for maxSize and maxCount.
const largestFile = 104857600
const filesAtMost = 9
// Nobody picks more people than this; the bound keeps a submission's size in check.
const peopleAtMost = 500

function text(maxLength: number, field: { minLength?: number; maxLength?: number; pattern?: string }) {
  return {
    type: 'string',
    maxLength: field.maxLength ?? maxLength,
    ...(field.minLength === undefined ? {} : { minLength: field.minLength }),
    // The owner's pattern must match the whole value, as the text field schema says.
    ...(field.pattern === undefined ? {} : { pattern: `^(?:${field.pattern})$` }),
  }
}

function checked(format: CheckCharacterFormat | 'email') {
  return { type: 'string', maxLength: 254, format }
}

function options(field: { options: { value: string }[] }): JsonSchema {
  return { type: 'string', enum: field.options.map((option) => option.value) }
}

function selections(field: FieldOf<'multiSelect' | 'checkbox'>): JsonSchema {
  return {
    type: 'array',
    items: options(field),
    uniqueItems: true,
    ...(field.minSelected === undefined ? {} : { minItems: field.minSelected }),
    maxItems: field.maxSelected ?? field.options.length,
  }
}

function people(field: FieldOf<'member' | 'department'>): JsonSchema {
  if (!field.multiple) return identifier
  return { type: 'array', items: identifier, uniqueItems: true, maxItems: peopleAtMost }
}

function files(field: FieldOf<'attachment' | 'image'>, accept: string[] | undefined): JsonSchema {
  const file = {
    type: 'object',
    properties: {
      id: { type: 'string', minLength: 1, maxLength: 128 },
      name: { type: 'string', minLength: 1, maxLength: 255 },
      size: { type: 'integer', minimum: 0, maximum: field.maxSize ?? largestFile },
      mime: { type: 'string', pattern: '^[a-z]+/[A-Za-z0-9.+-]+$' },
    },
    required: ['id', 'name', 'size', 'mime'],
    additionalProperties: false,
    ...(accept ? { acceptFile: accept } : {}),
  }
  return { type: 'array', items: file, maxItems: field.maxCount ?? filesAtMost }
}

function bounds(min: string | number | undefined, max: string | number | undefined) {
  return {
    ...(min === undefined ? {} : { decimalMinimum: min }),
    ...(max === undefined ? {} : { decimalMaximum: max }),
  }
}

function dateBounds(format: 'date' | 'date-time', field: { min?: string; max?: string }) {
  return {
    type: 'string',
    format,
    ...(field.min === undefined ? {} : { formatMinimum: field.min }),
    ...(field.max === undefined ? {} : { formatMaximum: field.max }),
  }
}

function dateRange(field: FieldOf<'dateRange'>): JsonSchema {
  const half = { enum: ['am', 'pm'] }
  return {
    type: 'object',
    properties: {
      start: { type: 'string', format: 'date' },
      end: { type: 'string', format: 'date' },
      ...(field.halfDay ? { startHalf: half, endHalf: half } : {}),
    },
    required: ['start', 'end'],
    additionalProperties: false,
    dateRangeOrder: true,
    ...(field.maxDays === undefined ? {} : { dateRangeMaxDays: field.maxDays }),
  }
}

const asString = (normalize: (s: string) => string) => (value: unknown) =>
  typeof value === 'string' ? normalize(value) : value

const shape = (condition: ConditionShape) => () => condition
const textual = { kind: 'value', expects: 'text', condition: shape('text') } as const
const choice = { kind: 'value', expects: 'one of the options', condition: shape('choice') } as const
const multi = { kind: 'value', expects: 'a list of options', condition: shape('multi') } as const
const upload = {
  kind: 'value',
  expects: 'a list of files',
  condition: shape('presence'),
  files: true,
} as const
const byMultiple = (field: { multiple?: boolean }): ConditionShape => (field.multiple ? 'multi' : 'choice')

export const valueRules = {
  text: { ...textual, schema: (field) => text(200, field) },
  textarea: { ...textual, schema: (field) => text(5000, field) },
  email: { ...textual, expects: 'an email address', schema: () => checked('email') },
  creditCode: {
    ...textual,
    expects: 'an 18-character unified social credit code',
    schema: () => checked('uscc'),
  },
  idNumber: {
    ...textual,
    expects: 'an 18-character resident ID number',
    schema: () => checked('prc-id'),
    normalize: asString(normalizeIdNumber),
  },
  phone: {
    ...textual,
    expects: 'a mainland phone number',
    schema: (field) =>
      checked(field.kind === 'mobile' ? 'cn-mobile' : field.kind === 'landline' ? 'cn-landline' : 'cn-phone'),
  },
  bankAccount: {
    ...textual,
    expects: 'a bank account number',
    schema: () => checked('bank-account'),
    normalize: asString(normalizeBankAccount),
  },
  number: {
    kind: 'value',
    expects: 'a number',
    condition: shape('decimal'),
    schema: (field) => ({
      type: 'number',
      ...bounds(field.min, field.max),
      ...(field.precision === undefined ? {} : { maxDecimalPlaces: field.precision }),
    }),
  },
  money: {
    kind: 'value',
    expects: 'an amount written as a string such as "1234.50"',
    condition: shape('decimal'),
    schema: (field) => ({
      type: 'string',
      pattern: decimalPattern,
      maxDecimalPlaces: field.precision ?? 2,
      ...bounds(field.min, field.max),
    }),
  },
  date: {
    kind: 'value',
    expects: 'a date such as "2024-05-01"',
    condition: shape('date'),
    schema: (field) => dateBounds('date', field),
  },
  datetime: {
    kind: 'value',
    expects: 'a date and time with an offset such as "2024-05-01T09:00:00+08:00"',
    condition: shape('datetime'),
    schema: (field) => dateBounds('date-time', field),
  },
  dateRange: {
    kind: 'value',
    expects: 'a start and an end date',
    condition: shape('presence'),
    schema: dateRange,
  },
  select: { ...choice, schema: options },
  radio: { ...choice, schema: options },
  multiSelect: { ...multi, schema: selections },
  checkbox: { ...multi, schema: selections },
  member: { ...choice, expects: 'a member id', condition: byMultiple, schema: people },
  department: { ...choice, expects: 'a department id', condition: byMultiple, schema: people },
  attachment: { ...upload, schema: (field) => files(field, field.accept) },
  image: { ...upload, schema: (field) => files(field, field.accept ?? defaultImageTypes) },
  table: { kind: 'rows', expects: 'a list of rows', columns: (field) => field.columns },
  formula: { kind: 'computed' },
  description: { kind: 'none' },
  group: { kind: 'layout', children: (field) => field.children },
  columns: { kind: 'layout', children: (field) => field.children },
} satisfies { [T in FieldType]: ValueRule<FieldOf<T>> }

export function valueRule(field: Field): ValueRule<Field> {
  const rule = (valueRules as Record<string, ValueRule<never>>)[field.type]
  if (!rule) throw new Error(`unknown field type "${field.type}" (field ${field.id})`)
  return rule as ValueRule<Field>
}
