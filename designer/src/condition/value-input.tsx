import type { FieldComparison, FieldType } from '@signoff/schemas'
import { Input, Select } from 'antd'
import type { Locale, Messages } from '../i18n/dictionary.ts'
import { pickText } from '../i18n/locale-store.ts'
import type { ConditionField } from './condition-fields.ts'
import { localOffset, toLocalInput, toOffsetDateTime } from './datetime.ts'
import { fieldIdKinds } from './directory-options.ts'
import { IdPicker } from './id-picker.tsx'
import { listOf } from './leaf.ts'
import { listOperators, shapeOperators, takesValue } from './operators.ts'

type Value = FieldComparison['value']

interface ValueInputProps {
  leaf: FieldComparison
  target: ConditionField
  t: Messages
  locale: Locale
  onChange: (value: Value) => void
}

const decimalText = /^-?\d+(\.\d+)?$/

interface Option {
  value: string
  label: { 'zh-CN': string; en?: string }
}

/** The value of one comparison, entered the way the field's values are: options, exact decimals, dates. */
export function ValueInput({ leaf, target, t, locale, onChange }: ValueInputProps) {
  const { input } = shapeOperators[target.shape]
  if (!takesValue(leaf.op) || input === 'none') return null
  const many = listOperators.has(leaf.op) || target.shape === 'multi'
  const options = (target.field as { options?: Option[] }).options
  const common = { 'aria-label': t.condValue, className: 'condition-value' }
  const scalar = Array.isArray(leaf.value) ? leaf.value[0] : leaf.value
  if (input === 'option' && options) {
    const choices = options.map((option) => ({ value: option.value, label: pickText(option.label, locale) }))
    return many ? (
      <Select
        {...common}
        mode="multiple"
        value={listOf(leaf.value).map(String)}
        options={choices}
        onChange={(next: string[]) => onChange(next)}
      />
    ) : (
      <Select {...common} value={scalar as string | undefined} options={choices} onChange={onChange} />
    )
  }
  const idKind = fieldIdKinds[target.field.type as FieldType]
  if (idKind)
    return (
      <IdPicker
        kind={idKind}
        multiple={many}
        value={listOf(leaf.value).map(String)}
        onChange={(next) => onChange(many ? next : next[0])}
        t={t}
        locale={locale}
      />
    )
  if (many || input === 'option') {
    // Several texts or numbers: typed in, one tag each.
    const bad = input === 'decimal' && listOf(leaf.value).some((item) => !decimalText.test(String(item)))
    return (
      <Select
        {...common}
        mode="tags"
        open={false}
        placeholder={t.condIds}
        status={bad ? 'error' : ''}
        value={listOf(leaf.value).map(String)}
        onChange={(next: string[]) => onChange(many ? next : next.at(-1))}
      />
    )
  }
  if (input === 'bool')
    return (
      <Select
        {...common}
        value={typeof scalar === 'boolean' ? scalar : undefined}
        options={[
          { value: true, label: t.condTrue },
          { value: false, label: t.condFalse },
        ]}
        onChange={onChange}
      />
    )
  if (input === 'datetime') {
    return (
      <Input
        {...common}
        type="datetime-local"
        value={toLocalInput(scalar)}
        onChange={(e) => {
          const local = e.target.value
          onChange(local ? toOffsetDateTime(local, localOffset(local)) : undefined)
        }}
      />
    )
  }
  const text = scalar === undefined ? '' : String(scalar)
  return (
    <Input
      {...common}
      type={input === 'date' ? 'date' : 'text'}
      inputMode={input === 'decimal' ? 'decimal' : undefined}
      status={input === 'decimal' && text !== '' && !decimalText.test(text) ? 'error' : ''}
      value={text}
      onChange={(e) => onChange(e.target.value.trim() === '' ? undefined : e.target.value.trim())}
    />
  )
}
