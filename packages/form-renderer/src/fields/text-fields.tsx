import type { Field, TextareaField, TextField } from '@signoff/schemas'
import { Input } from 'antd'
import type { HTMLAttributes } from 'react'
import { localText } from '../i18n/text.ts'
import type { FieldProps } from './field-props.ts'
import { asText, PlainValue } from './plain-value.tsx'

const fromInput = (text: string): string | undefined => (text === '' ? undefined : text)

interface LineOptions {
  inputMode: HTMLAttributes<HTMLInputElement>['inputMode']
  maxLength?: number
  autoComplete?: string
  upper?: boolean
}

function LineInput({
  field,
  value,
  onChange,
  id,
  locale,
  aria,
  options,
}: FieldProps & { options: LineOptions }) {
  const max = (field as TextField).maxLength ?? options.maxLength
  return (
    <Input
      id={id}
      {...aria}
      value={asText(value)}
      inputMode={options.inputMode}
      autoComplete={options.autoComplete ?? 'off'}
      maxLength={max}
      placeholder={localText(field.placeholder, locale)}
      onChange={(event) => {
        const text = options.upper ? event.target.value.toUpperCase() : event.target.value
        onChange(fromInput(text))
      }}
    />
  )
}

function ReadText({ value, locale }: FieldProps) {
  return <PlainValue locale={locale}>{asText(value)}</PlainValue>
}

function TextareaEdit({ field, value, onChange, id, locale, aria }: FieldProps<TextareaField>) {
  return (
    <Input.TextArea
      id={id}
      {...aria}
      value={asText(value)}
      rows={field.rows ?? 3}
      maxLength={field.maxLength ?? 5000}
      showCount={field.maxLength !== undefined}
      placeholder={localText(field.placeholder, locale)}
      onChange={(event) => onChange(fromInput(event.target.value))}
    />
  )
}

function TextareaRead({ value, locale }: FieldProps) {
  return (
    <PlainValue locale={locale}>
      {asText(value) && <span className="sf-multiline">{asText(value)}</span>}
    </PlainValue>
  )
}

const initialText = (field: Field) => {
  const value = (field as TextField).default
  return value === '' ? undefined : value
}

// Text entered on one line; the submission schema checks each one's format.
export const textRenderers = {
  text: {
    Edit: (props: FieldProps) => <LineInput {...props} options={{ inputMode: 'text', maxLength: 200 }} />,
    Read: ReadText,
    initial: initialText,
  },
  textarea: { Edit: TextareaEdit, Read: TextareaRead, initial: initialText },
  phone: {
    Edit: (props: FieldProps) => (
      <LineInput {...props} options={{ inputMode: 'tel', maxLength: 30, autoComplete: 'tel' }} />
    ),
    Read: ReadText,
  },
  email: {
    Edit: (props: FieldProps) => (
      <LineInput {...props} options={{ inputMode: 'email', maxLength: 254, autoComplete: 'email' }} />
    ),
    Read: ReadText,
  },
  idNumber: {
    Edit: (props: FieldProps) => (
      <LineInput {...props} options={{ inputMode: 'text', maxLength: 18, upper: true }} />
    ),
    Read: ReadText,
  },
  creditCode: {
    Edit: (props: FieldProps) => (
      <LineInput {...props} options={{ inputMode: 'text', maxLength: 18, upper: true }} />
    ),
    Read: ReadText,
  },
  bankAccount: {
    Edit: (props: FieldProps) => <LineInput {...props} options={{ inputMode: 'numeric', maxLength: 40 }} />,
    Read: ReadText,
  },
}
