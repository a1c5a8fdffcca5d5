import { Select } from 'antd'
import type { Locale, Messages } from '../i18n/dictionary.ts'
import { type IdKind, idOptions } from './directory-options.ts'
import { useDirectory } from './use-directory.ts'

interface IdPickerProps {
  kind: IdKind
  multiple: boolean
  value: string[]
  onChange: (value: string[]) => void
  t: Messages
  locale: Locale
}

/** People, departments or roles picked by name from the directory; typed in as ids while it cannot be read. */
export function IdPicker({ kind, multiple, value, onChange, t, locale }: IdPickerProps) {
  const options = idOptions(useDirectory(), kind, locale)
  const common = {
    'aria-label': t.condValue,
    className: 'condition-value',
    status: value.length ? ('' as const) : ('error' as const),
  }
  if (!options)
    return (
      <Select
        {...common}
        mode="tags"
        open={false}
        placeholder={t.condIds}
        value={value}
        onChange={(next: string[]) => onChange(multiple ? next : next.slice(-1))}
      />
    )
  return (
    <Select
      {...common}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      value={multiple ? value : value[0]}
      onChange={(next: string | string[]) => onChange(Array.isArray(next) ? next : [next])}
    />
  )
}
