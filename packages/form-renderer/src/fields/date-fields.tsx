import type { DateField, DateRangeField, DatetimeField } from '@signoff/schemas'
import { DatePicker, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { localText } from '../i18n/text.ts'
import { ui } from '../i18n/ui.ts'
import type { Locale } from '../types.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { PlainValue } from './plain-value.tsx'

const dayFormat = 'YYYY-MM-DD'
const momentFormat = 'YYYY-MM-DD HH:mm'

const asDay = (value: unknown): Dayjs | null => {
  if (typeof value !== 'string') return null
  const day = dayjs(value)
  return day.isValid() ? day : null
}

/** Days outside the field's min and max cannot be picked. */
const outside = (min?: string, max?: string) => (day: Dayjs) =>
  (min !== undefined && day.isBefore(dayjs(min), 'day')) ||
  (max !== undefined && day.isAfter(dayjs(max), 'day'))

function DateEdit({ field, value, onChange, id, locale, aria }: FieldProps<DateField>) {
  return (
    <DatePicker
      id={id}
      {...aria}
      className="sf-date"
      value={asDay(value)}
      format={dayFormat}
      disabledDate={outside(field.min, field.max)}
      placeholder={localText(field.placeholder, locale) || ui(locale, 'choose')}
      onChange={(day) => onChange(day ? day.format(dayFormat) : undefined)}
    />
  )
}

function DatetimeEdit({ field, value, onChange, id, locale, aria }: FieldProps<DatetimeField>) {
  return (
    <DatePicker
      id={id}
      {...aria}
      className="sf-date"
      showTime={{ format: 'HH:mm' }}
      value={asDay(value)}
      format={momentFormat}
      disabledDate={outside(field.min, field.max)}
      placeholder={localText(field.placeholder, locale) || ui(locale, 'choose')}
      // RFC 3339 with the browser's offset, e.g. 2026-11-23T09:00:00+08:00.
      onChange={(moment) => onChange(moment ? moment.second(0).format() : undefined)}
    />
  )
}

interface Range {
  start?: string
  end?: string
  startHalf?: 'am' | 'pm'
  endHalf?: 'am' | 'pm'
}

const asRange = (value: unknown): Range =>
  typeof value === 'object' && value !== null ? (value as Range) : {}

function HalfSelect({
  id,
  value,
  label,
  locale,
  onChange,
}: {
  id: string
  value: 'am' | 'pm' | undefined
  label: string
  locale: Locale
  onChange(half: 'am' | 'pm'): void
}) {
  return (
    <Select
      id={id}
      aria-label={label}
      className="sf-half"
      placeholder={ui(locale, 'half')}
      value={value}
      options={[
        { value: 'am', label: ui(locale, 'am') },
        { value: 'pm', label: ui(locale, 'pm') },
      ]}
      onChange={onChange}
    />
  )
}

function DateRangeEdit({ field, value, onChange, id, locale, aria }: FieldProps<DateRangeField>) {
  const range = asRange(value)
  const update = (patch: Range) => {
    const next: Range = { ...range, ...patch }
    if (field.halfDay) {
      if (next.start && !next.startHalf) next.startHalf = 'am'
      if (next.end && !next.endHalf) next.endHalf = 'pm'
    }
    for (const key of Object.keys(next) as (keyof Range)[]) if (next[key] === undefined) delete next[key]
    onChange(next.start || next.end ? next : undefined)
  }
  const day = (key: 'start' | 'end', inputId: string) => (
    <DatePicker
      id={inputId}
      {...aria}
      aria-label={ui(locale, key === 'start' ? 'startDate' : 'endDate')}
      className="sf-date"
      value={asDay(range[key])}
      format={dayFormat}
      placeholder={ui(locale, key === 'start' ? 'startDate' : 'endDate')}
      disabledDate={key === 'end' && range.start ? outside(range.start) : undefined}
      onChange={(picked) => update({ [key]: picked ? picked.format(dayFormat) : undefined })}
    />
  )
  return (
    <div className="sf-range">
      <span className="sf-range-end">
        {day('start', id)}
        {field.halfDay && (
          <HalfSelect
            id={`${id}-start-half`}
            value={range.startHalf}
            label={ui(locale, 'startHalf')}
            locale={locale}
            onChange={(startHalf) => update({ startHalf })}
          />
        )}
      </span>
      <span className="sf-range-to" aria-hidden>
        ~
      </span>
      <span className="sf-range-end">
        {day('end', `${id}-end`)}
        {field.halfDay && (
          <HalfSelect
            id={`${id}-end-half`}
            value={range.endHalf}
            label={ui(locale, 'endHalf')}
            locale={locale}
            onChange={(endHalf) => update({ endHalf })}
          />
        )}
      </span>
    </div>
  )
}

function DateRead({ value, locale }: FieldProps) {
  return (
    <PlainValue locale={locale} nowrap>
      {typeof value === 'string' ? value : ''}
    </PlainValue>
  )
}

function DatetimeRead({ value, locale }: FieldProps) {
  return <PlainValue locale={locale}>{asDay(value)?.format(momentFormat)}</PlainValue>
}

function DateRangeRead({ value, locale }: FieldProps<DateRangeField>) {
  const range = asRange(value)
  const end = (day?: string, half?: 'am' | 'pm') => (day ? `${day}${half ? ` ${ui(locale, half)}` : ''}` : '')
  const text =
    range.start || range.end ? `${end(range.start, range.startHalf)} ~ ${end(range.end, range.endHalf)}` : ''
  return <PlainValue locale={locale}>{text}</PlainValue>
}

export const dateRenderers = {
  date: {
    Edit: DateEdit,
    Read: DateRead,
    initial: (field, context) => (field.default === 'today' ? context.today : field.default),
  } satisfies FieldRenderer<DateField>,
  datetime: { Edit: DatetimeEdit, Read: DatetimeRead } satisfies FieldRenderer<DatetimeField>,
  dateRange: { Edit: DateRangeEdit, Read: DateRangeRead } satisfies FieldRenderer<DateRangeField>,
}
