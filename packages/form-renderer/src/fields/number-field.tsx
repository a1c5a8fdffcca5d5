import type { NumberField } from '@signoff/schemas'
import { InputNumber } from 'antd'
import { localText } from '../i18n/text.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { asText, PlainValue } from './plain-value.tsx'

function NumberEdit({ field, value, onChange, id, locale, aria }: FieldProps<NumberField>) {
  const unit = localText(field.unit, locale)
  return (
    <InputNumber
      id={id}
      {...aria}
      className="sf-number"
      value={typeof value === 'number' ? value : null}
      min={field.min}
      max={field.max}
      inputMode="decimal"
      placeholder={localText(field.placeholder, locale)}
      suffix={unit || undefined}
      onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
    />
  )
}

function NumberRead({ field, value, locale }: FieldProps<NumberField>) {
  const unit = localText(field.unit, locale)
  const text = asText(value)
  return (
    <PlainValue locale={locale} nowrap>
      {text && `${text}${unit ? ` ${unit}` : ''}`}
    </PlainValue>
  )
}

export const numberRenderer: FieldRenderer<NumberField> = {
  Edit: NumberEdit,
  Read: NumberRead,
  initial: (field) => field.default,
}
