import type { ErrorObject } from 'ajv'
import type { Issue } from '../issue.ts'
import { type FormFields, fieldName, type ValuedField } from './form-fields.ts'
import type { CompareKind } from './value-specs.ts'

interface Located {
  /** The field the error is about, if the path reaches one. */
  field?: ValuedField
  /** "金额" (amount), or "明细" (items) row 3, "金额" (amount) for a column. */
  name: string
  /** Path segments below the field's own value. */
  below: string[]
}

const decodeSegment = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~')

function locate(fields: FormFields, segments: string[]): Located {
  const [id = '', row, columnId, ...rest] = segments
  const top = fields.top.get(id)
  if (!top) return { name: 'the submission', below: segments }
  const column =
    row === undefined || columnId === undefined ? undefined : fields.tables.get(id)?.get(columnId)
  if (column)
    return {
      field: column,
      name: `${fieldName(top.field)} row ${Number(row) + 1}, ${fieldName(column.field)}`,
      below: rest,
    }
  return { field: top, name: fieldName(top.field), below: segments.slice(1) }
}

const nouns: Partial<Record<CompareKind, [string, string]>> = {
  rows: ['row', 'rows'],
  files: ['file', 'files'],
  multi: ['entry', 'entries'],
}
const count = (n: unknown, kind: CompareKind | undefined) => {
  const [one, many] = (kind && nouns[kind]) ?? ['entry', 'entries']
  return `${String(n)} ${n === 1 ? one : many}`
}

const formatNames: Record<string, string> = {
  uscc: 'a valid unified social credit code (18 characters, GB 32100-2015 check character)',
  'prc-id': 'a valid resident ID number (18 characters, real birth date, GB 11643 check character)',
  'cn-phone': 'a mobile (13812345678) or landline (010-12345678) number',
  'cn-mobile': 'a mobile number such as 13812345678',
  'cn-landline': 'a landline number with its area code, such as 010-12345678',
  'bank-account': 'a bank account number of 8–30 digits',
  email: 'an email address',
  date: 'a date written as YYYY-MM-DD',
  'date-time': 'a date and time with an offset, such as 2024-05-01T09:00:00+08:00',
}

type Describe = (error: ErrorObject, at: Located) => { code: string; text: string }

const bound = (word: string, limit: unknown) => `must be ${word} ${JSON.stringify(limit)}`

const describers: Record<string, Describe> = {
  required: (e, at) => ({
    code: 'submission.required',
    text: at.below.length === 0 ? 'is required' : `is missing "${String(e.params.missingProperty)}"`,
  }),
  additionalProperties: (e) => ({
    code: 'submission.unknownField',
    text: `has no field "${String(e.params.additionalProperty)}"`,
  }),
  'false schema': () => ({
    code: 'submission.hidden',
    text: 'field is hidden (its visibility condition does not hold) and must be left out',
  }),
  type: (e, at) => ({
    code: 'submission.type',
    text:
      at.field && at.below.length === 0
        ? `must be ${at.field.spec.expects(at.field.field)}`
        : `must be of type ${String(e.params.type)}`,
  }),
  format: (e) => ({
    code: 'submission.format',
    text: `must be ${formatNames[String(e.params.format)] ?? e.params.format}`,
  }),
  pattern: (_, at) => {
    const message = (at.field?.field as { patternMessage?: { 'zh-CN': string } } | undefined)?.patternMessage
    const text = message
      ? `does not have the required format: ${message['zh-CN']}`
      : at.field && at.below.length === 0
        ? `must be ${at.field.spec.expects(at.field.field)}`
        : 'does not have the required format'
    return { code: 'submission.pattern', text }
  },
  minLength: (e) => ({
    code: 'submission.length',
    text: `must have at least ${String(e.params.limit)} characters`,
  }),
  maxLength: (e) => ({
    code: 'submission.length',
    text: `must have at most ${String(e.params.limit)} characters`,
  }),
  minItems: (e, at) => ({
    code: 'submission.count',
    text: `must have at least ${count(e.params.limit, at.field?.spec.compare?.(at.field.field))}`,
  }),
  maxItems: (e, at) => ({
    code: 'submission.count',
    text: `must have at most ${count(e.params.limit, at.field?.spec.compare?.(at.field.field))}`,
  }),
  minimum: (e) => ({ code: 'submission.range', text: bound('at least', e.params.limit) }),
  maximum: (e, at) =>
    at.below.at(-1) === 'size'
      ? {
          code: 'submission.fileSize',
          text: `file ${Number(at.below[0]) + 1} is larger than ${String(e.params.limit)} bytes`,
        }
      : { code: 'submission.range', text: bound('at most', e.params.limit) },
  decimalMinimum: (e) => ({ code: 'submission.range', text: bound('at least', e.schema) }),
  decimalMaximum: (e) => ({ code: 'submission.range', text: bound('at most', e.schema) }),
  formatMinimum: (e) => ({ code: 'submission.range', text: bound('on or after', e.params.limit) }),
  formatMaximum: (e) => ({ code: 'submission.range', text: bound('on or before', e.params.limit) }),
  decimalPlaces: (e) => ({
    code: 'submission.precision',
    text: `must have at most ${String(e.schema)} decimal places`,
  }),
  enum: (e) => ({
    code: 'submission.option',
    text: `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
  }),
  uniqueItems: () => ({ code: 'submission.duplicate', text: 'must not list the same entry twice' }),
  fileAccept: (e, at) => ({
    code: 'submission.fileType',
    text: `file ${Number(at.below[0]) + 1} is not an accepted type (${(e.schema as string[]).join(', ')})`,
  }),
  dateSpan: (e) => ({ code: 'submission.dateRange', text: e.message ?? 'is not a valid range' }),
}

// Keywords that only combine others: their parts have already been reported.
const combinators = new Set(['if', 'anyOf', 'allOf', 'not', 'oneOf'])

export function submissionIssues(
  errors: readonly ErrorObject[] | null | undefined,
  fields: FormFields,
): Issue[] {
  return (errors ?? [])
    .filter((error) => !combinators.has(error.keyword))
    .map((error) => {
      const extra =
        error.keyword === 'required'
          ? `/${String(error.params.missingProperty)}`
          : error.keyword === 'additionalProperties'
            ? `/${String(error.params.additionalProperty)}`
            : ''
      const path = `${error.instancePath}${extra}`
      const at = locate(fields, path.split('/').slice(1).map(decodeSegment))
      const describe = describers[error.keyword]
      const { code, text } = describe
        ? describe(error, at)
        : { code: `submission.${error.keyword}`, text: error.message ?? 'is not valid' }
      return { code, message: `${at.name} ${text}`, path }
    })
}
