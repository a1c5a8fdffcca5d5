import type { ErrorObject } from 'ajv'
import type { Issue } from '../issue.ts'
import type { FormIndex, KeyedField } from './form-index.ts'
import { fieldName } from './json-schema.ts'

/** Where an error points: the field (or table row) it is about, and whether it is inside that value. */
interface Place {
  entry?: KeyedField
  /** `"金额" (amount) in row 3 of "报销明细" (items)` */
  name: string
  /** The error is about a part of the value (a file, a range end), not the value as a whole. */
  nested: boolean
  isRow: boolean
}

const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~')

function locate(segments: string[], index: FormIndex): Place {
  const [key, row, column] = segments
  if (key === undefined) return { name: 'the submission', nested: false, isRow: false }
  const top = index.fields.get(key)
  if (!top) return { name: `"${key}"`, nested: false, isRow: false }
  if (top.rule.kind !== 'rows' || row === undefined)
    return { entry: top, name: fieldName(top.field), nested: segments.length > 1, isRow: false }
  const rowName = `row ${Number(row) + 1} of ${fieldName(top.field)}`
  if (column === undefined) return { entry: top, name: rowName, nested: false, isRow: true }
  const cell = index.columns.get(key)?.get(column)
  if (!cell) return { name: `"${column}" in ${rowName}`, nested: false, isRow: false }
  return {
    entry: cell,
    name: `${fieldName(cell.field)} in ${rowName}`,
    nested: segments.length > 3,
    isRow: false,
  }
}

type Describe = (
  error: ErrorObject,
  place: Place,
) => { facet: string; typed?: true; detail: string } | undefined

const expects = (place: Place) =>
  place.entry && place.entry.rule.kind !== 'computed' ? place.entry.rule.expects : 'a valid value'
const count = (n: unknown, noun: string) => `${String(n)} ${noun}${n === 1 ? '' : 's'}`
const nounOf = (place: Place) => (place.entry?.rule.kind === 'rows' ? 'row' : 'entry')

function patternMessage(place: Place): string | undefined {
  const message = (place.entry?.field as { patternMessage?: { 'zh-CN': string; en?: string } } | undefined)
    ?.patternMessage
  return message && (message.en ?? message['zh-CN'])
}

// Ajv keyword → what the employee is told. Keywords that only combine others (if, not, anyOf) are left
// out: the errors of the parts they combine say what is wrong.
const describers: Record<string, Describe> = {
  required: (e, place) =>
    place.nested
      ? { facet: 'format', typed: true, detail: `"${String(e.params.missingProperty)}" is missing` }
      : { facet: 'required', detail: 'a value is required' },
  filled: () => ({ facet: 'required', detail: 'a value is required' }),
  'false schema': () => ({ facet: 'hidden', detail: 'field is hidden, so it must not be submitted' }),
  additionalProperties: (e, place) =>
    place.entry
      ? {
          facet: 'format',
          typed: true,
          detail: `has an unexpected part "${String(e.params.additionalProperty)}"`,
        }
      : { facet: 'unknownField', detail: 'is not a field of this form' },
  type: (_, place) =>
    place.isRow || !place.entry
      ? { facet: 'type', detail: 'must be an object' }
      : { facet: 'type', typed: true, detail: `must be ${expects(place)}` },
  enum: (e) => ({
    facet: 'option',
    detail: `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
  }),
  minLength: (e) => ({
    facet: 'minLength',
    detail: `must have at least ${count(e.params.limit, 'character')}`,
  }),
  maxLength: (e) => ({
    facet: 'maxLength',
    detail: `must have at most ${count(e.params.limit, 'character')}`,
  }),
  pattern: (_, place) => ({
    facet: 'format',
    typed: true,
    detail: patternMessage(place) ?? `must be ${expects(place)}`,
  }),
  format: (_, place) => ({ facet: 'format', typed: true, detail: `must be ${expects(place)}` }),
  maxDecimalPlaces: (e) => ({
    facet: 'precision',
    typed: true,
    detail: `must have at most ${count(e.schema, 'decimal place')}`,
  }),
  decimalMinimum: (e) => ({ facet: 'min', typed: true, detail: `must be at least ${String(e.schema)}` }),
  decimalMaximum: (e) => ({ facet: 'max', typed: true, detail: `must be at most ${String(e.schema)}` }),
  formatMinimum: (e) => ({ facet: 'min', typed: true, detail: `must not be before ${String(e.schema)}` }),
  formatMaximum: (e) => ({ facet: 'max', typed: true, detail: `must not be after ${String(e.schema)}` }),
  minItems: (e, place) =>
    place.entry?.rule.kind === 'rows'
      ? { facet: 'minRows', typed: true, detail: `must have at least ${count(e.params.limit, 'row')}` }
      : {
          facet: 'minItems',
          typed: true,
          detail: `must have at least ${count(e.params.limit, nounOf(place))}`,
        },
  maxItems: (e, place) =>
    place.entry?.rule.kind === 'rows'
      ? { facet: 'maxRows', typed: true, detail: `must have at most ${count(e.params.limit, 'row')}` }
      : {
          facet: 'maxItems',
          typed: true,
          detail: `must have at most ${count(e.params.limit, nounOf(place))}`,
        },
  uniqueItems: () => ({ facet: 'duplicate', detail: 'lists the same value twice' }),
  dateRangeOrder: () => ({ facet: 'order', typed: true, detail: 'must not end before it starts' }),
  dateRangeMaxDays: (e) => ({
    facet: 'maxDays',
    typed: true,
    detail: `must span at most ${count(e.schema, 'day')}`,
  }),
}

// Errors inside one uploaded file: its type, its size, or a malformed file record.
function fileIssue(error: ErrorObject): { code: string; detail: string } {
  const file = error.data as { name?: unknown } | undefined
  if (error.keyword === 'acceptFile')
    return { code: 'submission.file.accept', detail: `"${String(file?.name)}" is not an accepted file type` }
  if (error.keyword === 'maximum')
    return { code: 'submission.file.size', detail: `a file is larger than ${String(error.schema)} bytes` }
  return {
    code: 'submission.file.invalid',
    detail: `a file record is malformed (${error.message ?? error.keyword})`,
  }
}

function toIssue(error: ErrorObject, index: FormIndex): Issue | undefined {
  const extra = error.params.missingProperty ?? error.params.additionalProperty
  const onKey =
    (error.keyword === 'required' || error.keyword === 'additionalProperties') && extra !== undefined
  const path = `${error.instancePath}${onKey ? `/${String(extra).replace(/~/g, '~0').replace(/\//g, '~1')}` : ''}`
  const segments = path.split('/').slice(1).map(unescapePointer)
  // A missing or unknown key is about that key; its parent only holds it.
  const place = locate(segments, index)
  if (place.nested && place.entry?.rule.kind === 'value' && place.entry.rule.files) {
    const { code, detail } = fileIssue(error)
    return { code, message: `${place.name}: ${detail}`, path }
  }
  const described = describers[error.keyword]?.(error, place)
  if (!described) return undefined
  const code =
    described.typed && place.entry
      ? `submission.${place.entry.field.type}.${described.facet}`
      : `submission.${described.facet}`
  return { code, message: `${place.name}: ${described.detail}`, path }
}

// What is wrong first: a missing value, then a value of the wrong type, form or precision; its bounds,
// options or file types fail too, but only the first problem is worth telling.
function rank(issue: Issue): number {
  if (issue.code === 'submission.required') return 0
  if (/\.(type|format|precision)$/.test(issue.code) || issue.code === 'submission.file.invalid') return 1
  return 2
}

function followsFromAnother(issue: Issue, all: Issue[]): boolean {
  const own = rank(issue)
  return all.some(
    (other) =>
      rank(other) < own &&
      (other.path === issue.path ||
        // A file record without its name or type cannot be checked against the accepted types.
        (issue.code === 'submission.file.accept' && other.path.startsWith(`${issue.path}/`))),
  )
}

/** Ajv's errors for a submission as Issues naming the field: one per code and path, none that follow from another. */
export function submissionIssues(
  errors: readonly ErrorObject[] | null | undefined,
  index: FormIndex,
): Issue[] {
  const issues = new Map<string, Issue>()
  for (const error of errors ?? []) {
    const issue = toIssue(error, index)
    if (issue && !issues.has(`${issue.code} ${issue.path}`)) issues.set(`${issue.code} ${issue.path}`, issue)
  }
  const all = [...issues.values()]
  return all.filter((issue) => !followsFromAnother(issue, all))
}
