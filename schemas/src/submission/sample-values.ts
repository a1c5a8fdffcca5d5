import { Decimal } from '@signoff/decimal'
import { creditCodeCheckChar } from '../formats/credit-code.ts'
import { idNumberCheckChar } from '../formats/id-number.ts'
import type { FieldType } from '../generated/kinds.ts'
import type { Field, FormDefinition } from '../generated/types.ts'
import type { SubmittedFile } from './file-keywords.ts'
import { patternSample } from './pattern-sample.ts'
import { createSubmissionValidator, type EvaluateCondition } from './validator.ts'
import type { FieldOf } from './value-specs.ts'

export interface SampleOptions {
  /** The date samples are built around (YYYY-MM-DD); pure code reads no clock. */
  today: string
  /** Member ids to pick from (e.g. the directory's first users); a member field takes the first. */
  members?: readonly string[]
  departments?: readonly string[]
  /** An amount to aim money fields at (kept inside each field's min and max). */
  amount?: string
  /** The evaluator the form's validator uses (CEL conditions); structured conditions need none. */
  evaluateCondition?: EvaluateCondition
}

export interface Samples {
  values: Record<string, unknown>
  /** Fields no sample could be made for (a text pattern cannot be inverted); the owner fills them. */
  unfilled: string[]
}

type Sampler<F extends Field> = (field: F, options: SampleOptions) => unknown

const addDays = (date: string, days: number) => {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(time).toISOString().slice(0, 10)
}

/** A date inside the field's min and max, as close to today as they allow. */
const dateWithin = (field: { min?: string; max?: string }, today: string) => {
  if (field.min && today < field.min) return field.min
  if (field.max && today > field.max) return field.max
  return today
}

const mimeByExtension: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain',
}

/** One file that passes the accept list: the list's first rule decides its name and MIME type. */
function sampleFile(
  field: { id: string; accept?: string[]; maxSize?: number },
  fallback: string,
): SubmittedFile {
  const rule = (field.accept?.[0] ?? fallback).toLowerCase()
  const [mime, extension] = rule.startsWith('.')
    ? [mimeByExtension[rule] ?? 'application/octet-stream', rule]
    : rule === 'image/*' || rule === 'image/png'
      ? ['image/png', '.png']
      : rule.endsWith('/*')
        ? [`${rule.slice(0, -2)}/plain`, '.bin']
        : [rule, Object.entries(mimeByExtension).find(([, type]) => type === rule)?.[0] ?? '.bin']
  return {
    id: `att_sample_${field.id}`,
    name: `sample${extension}`,
    size: Math.min(field.maxSize ?? 20_480, 20_480),
    mime,
  }
}

function money(field: FieldOf<'money'>, options: SampleOptions): string {
  const places = field.precision ?? 2
  let amount = Decimal.parse(options.amount ?? '1000')
  if (field.min !== undefined && amount.lt(Decimal.parse(field.min))) amount = Decimal.parse(field.min)
  if (field.max !== undefined && amount.gt(Decimal.parse(field.max))) amount = Decimal.parse(field.max)
  return amount.round(places, 'down').toFixed(places)
}

function number(field: FieldOf<'number'>): number {
  const low = field.min ?? Number.NEGATIVE_INFINITY
  const high = field.max ?? Number.POSITIVE_INFINITY
  return Math.min(Math.max(1, low), high)
}

function text(field: { id: string; minLength?: number; maxLength?: number; pattern?: string }, base: string) {
  if (field.pattern !== undefined) return patternSample(field.pattern, field.minLength ?? 1)
  const wanted = Math.max(field.minLength ?? 1, base.length)
  return base.repeat(Math.ceil(wanted / base.length)).slice(0, Math.min(wanted, field.maxLength ?? wanted))
}

const picked = (options: { value: string }[], count: number) =>
  options.slice(0, count).map((option) => option.value)

/** One sampler per field type: layout and computed types make no value of their own. */
const samplers = {
  text: (field) => text(field, '示例'),
  textarea: (field) => text(field, '这是一段示例说明。'),
  number,
  money,
  date: (field, options) => dateWithin(field, options.today),
  datetime: (field, options) => `${dateWithin(field, options.today)}T09:00:00+08:00`,
  dateRange: (field, options) => {
    const start = options.today
    return { start, end: addDays(start, 1), ...(field.halfDay ? { startHalf: 'am', endHalf: 'pm' } : {}) }
  },
  select: (field) => field.options[0]?.value,
  radio: (field) => field.options[0]?.value,
  multiSelect: (field) => picked(field.options, Math.max(1, field.minSelected ?? 1)),
  checkbox: (field) => picked(field.options, Math.max(1, field.minSelected ?? 1)),
  member: (field, options) => {
    const [first] = options.members ?? []
    if (first === undefined) return undefined
    return field.multiple ? [first] : first
  },
  department: (field, options) => {
    const [first] = options.departments ?? []
    if (first === undefined) return undefined
    return field.multiple ? [first] : first
  },
  attachment: (field) => [sampleFile(field, 'application/pdf')],
  image: (field) => [sampleFile(field, 'image/png')],
  phone: (field) => (field.kind === 'landline' ? '010-62345678' : '13800138000'),
  email: () => 'someone@example.com',
  idNumber: () => {
    const body = '11010519491231002'
    return `${body}${idNumberCheckChar(body)}`
  },
  creditCode: () => {
    const body = '91350100M000100Y4'
    return `${body}${creditCodeCheckChar(body)}`
  },
  bankAccount: () => '6222021001123456789',
  table: () => undefined,
  formula: () => undefined,
  description: () => undefined,
  group: () => undefined,
  columns: () => undefined,
} satisfies { [T in FieldType]: Sampler<FieldOf<T>> }

function fill(
  fields: readonly Field[],
  options: SampleOptions,
  into: Record<string, unknown>,
  unfilled: string[],
) {
  for (const field of fields) {
    if (field.type === 'group' || field.type === 'columns') {
      fill(field.children, options, into, unfilled)
      continue
    }
    if (field.type === 'table') {
      const rows = Array.from({ length: Math.max(1, field.minRows ?? 1) }, () => {
        const row: Record<string, unknown> = {}
        fill(field.columns, options, row, unfilled)
        return row
      })
      into[field.id] = rows
      continue
    }
    const sampler = samplers[field.type] as Sampler<Field>
    const value = sampler(field, options)
    if (value !== undefined) into[field.id] = value
    else if (
      field.type === 'text' ||
      field.type === 'textarea' ||
      field.type === 'member' ||
      field.type === 'department'
    )
      unfilled.push(field.id)
  }
}

/**
 * A submission for previews and simulations: every field the person fills gets a value its field
 * rules accept (formats with their check characters, money inside min and max, files matching the
 * accept list). Computed fields are left to the formulas.
 */
export function sampleValues(form: FormDefinition, options: SampleOptions): Samples {
  const values: Record<string, unknown> = {}
  const unfilled: string[] = []
  fill(form.fields, options, values, unfilled)
  dropHidden(form, values, options.evaluateCondition)
  return { values, unfilled: [...new Set(unfilled)] }
}

/**
 * Removes values the form hides given the other values, asking the form's own validator (the one
 * source of the visibility rules); hiding one field can show or hide another, so until none is left.
 */
function dropHidden(
  form: FormDefinition,
  values: Record<string, unknown>,
  evaluateCondition?: EvaluateCondition,
) {
  const validate = createSubmissionValidator(form, evaluateCondition ? { evaluateCondition } : {})
  for (let round = 0; round < 50; round++) {
    const result = validate(values)
    const hidden = result.ok ? [] : result.issues.filter((issue) => issue.code === 'submission.hidden')
    if (hidden.length === 0) return
    for (const issue of hidden) removeAt(values, issue.path)
  }
}

function removeAt(values: Record<string, unknown>, pointer: string) {
  const keys = pointer.split('/').slice(1)
  const last = keys.pop()
  let target: unknown = values
  for (const key of keys) target = (target as Record<string, unknown> | undefined)?.[key]
  if (last !== undefined && target !== null && typeof target === 'object')
    delete (target as Record<string, unknown>)[last]
}
