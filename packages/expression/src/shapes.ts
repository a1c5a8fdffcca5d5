import { Decimal } from '@signoff/decimal'
import type { Field } from '@signoff/schemas'
import { isDate } from './dates.ts'
import { boundedList, boundedString, stringList } from './input-limits.ts'
import { type CelRecord, DateRangeRecord, FileRecord } from './records.ts'

/**
 * How a valued field appears in expressions. Scalars are absent when empty (`has(form.x)` is false);
 * list shapes are always present and empty when nothing was entered, so `size(form.x) == 0` never fails.
 */
export type Shape =
  | 'decimal'
  | 'text'
  | 'choice'
  | 'date'
  | 'datetime'
  | 'bool'
  | 'multi'
  | 'dateRange'
  | 'files'
  | 'rows'

export interface ShapeSpec {
  /** CEL type of the value; `rowType` names the row type of a detail table. */
  celType(field: Field): string
  list: boolean
  /** Submission JSON → CEL runtime value; undefined means absent. A value of the wrong kind counts as absent. */
  toCel(raw: unknown, field: Field, convertRow: (table: Field, row: unknown) => CelRecord): unknown
}

export function rowTypeName(tableId: string): string {
  return `Row.${tableId}`
}

function text(raw: unknown, field: Field): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined
  return boundedString(raw, field.id)
}

// RFC 3339 with a required offset, as submitted by datetime fields.
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

export function toTimestamp(raw: unknown): Date | undefined {
  if (typeof raw !== 'string' || !dateTimePattern.test(raw)) return undefined
  const time = new Date(raw)
  return Number.isNaN(time.getTime()) ? undefined : time
}

function isObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
}

function ownString(raw: Record<string, unknown>, key: string): string {
  const value = Object.hasOwn(raw, key) ? raw[key] : undefined
  return typeof value === 'string' ? boundedString(value, key) : ''
}

export const shapes = {
  decimal: {
    celType: () => 'decimal',
    list: false,
    toCel: (raw) => (raw === '' ? undefined : Decimal.tryParse(raw)),
  },
  text: { celType: () => 'string', list: false, toCel: text },
  choice: { celType: () => 'string', list: false, toCel: text },
  date: { celType: () => 'string', list: false, toCel: (raw) => (isDate(raw) ? raw : undefined) },
  datetime: { celType: () => 'google.protobuf.Timestamp', list: false, toCel: toTimestamp },
  bool: { celType: () => 'bool', list: false, toCel: (raw) => (typeof raw === 'boolean' ? raw : undefined) },
  multi: {
    celType: () => 'list<string>',
    list: true,
    toCel: (raw, field) =>
      Array.isArray(raw)
        ? stringList(
            raw.filter((item) => item !== ''),
            field.id,
          )
        : [],
  },
  dateRange: {
    celType: () => 'DateRange',
    list: false,
    toCel: (raw) => {
      if (!isObject(raw) || !isDate(raw.start) || !isDate(raw.end)) return undefined
      const halves = ['startHalf', 'endHalf'].map((key) => [key, ownString(raw, key)] as const)
      return new DateRangeRecord([['start', raw.start], ['end', raw.end], ...halves])
    },
  },
  files: {
    celType: () => 'list<File>',
    list: true,
    toCel: (raw, field) =>
      Array.isArray(raw)
        ? boundedList(raw.filter(isObject), field.id).map(
            (file) =>
              new FileRecord([
                ...['id', 'name', 'mime'].map((key) => [key, ownString(file, key)] as const),
                ['size', BigInt(Number.isSafeInteger(file.size) ? (file.size as number) : 0)],
              ]),
          )
        : [],
  },
  rows: {
    celType: (field) => `list<${rowTypeName(field.id)}>`,
    list: true,
    toCel: (raw, field, convertRow) =>
      Array.isArray(raw) ? boundedList(raw, field.id).map((row) => convertRow(field, row)) : [],
  },
} as const satisfies Record<Shape, ShapeSpec>
