import type { KeywordDefinition, SchemaValidateFunction } from 'ajv'
import { dayNumber, isCalendarDate } from '../formats/calendar.ts'

export interface DateSpan {
  maxDays?: number
}

interface DateRangeValue {
  start?: unknown
  end?: unknown
  startHalf?: unknown
  endHalf?: unknown
}

function spanError(range: DateRangeValue, span: DateSpan): string | undefined {
  const { start, end } = range
  if (typeof start !== 'string' || typeof end !== 'string') return undefined
  if (!isCalendarDate(start) || !isCalendarDate(end)) return undefined
  const days = dayNumber(end) - dayNumber(start) + 1
  if (days < 1) return `ends (${end}) before it starts (${start})`
  if (days === 1 && range.startHalf === 'pm' && range.endHalf === 'am')
    return 'ends in the morning of the day it starts in the afternoon'
  if (span.maxDays !== undefined && days > span.maxDays)
    return `spans ${days} days; at most ${span.maxDays} are allowed`
  return undefined
}

/** dateSpan: a date range ends on or after its start and spans at most maxDays calendar days (both ends counted). */
export const dateSpanKeyword: KeywordDefinition = {
  keyword: 'dateSpan',
  type: 'object',
  schemaType: 'object',
  errors: true,
  validate: function dateSpan(span: DateSpan, data: DateRangeValue) {
    const message = spanError(data, span)
    ;(dateSpan as SchemaValidateFunction).errors = message
      ? [{ keyword: 'dateSpan', message, params: {} }]
      : []
    return message === undefined
  },
}
