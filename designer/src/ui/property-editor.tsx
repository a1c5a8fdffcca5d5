import type { Condition, Field, FormDefinition } from '@signoff/schemas'
import { Button, Input, InputNumber, Select, Space, Switch } from 'antd'
import { ConditionBuilder } from '../condition/condition-builder.tsx'
import { FormulaEditor } from '../formula/formula-editor.tsx'
import type { Locale } from '../i18n/dictionary.ts'
import { renameEn, renameZh } from '../i18n/follow-rename.ts'
import { useMessages } from '../i18n/locale-store.ts'
import type { Editor } from '../properties/property-model.ts'
import { JsonEditor } from './json-editor.tsx'

interface I18n {
  'zh-CN': string
  en?: string
}

interface Option {
  value: string
  label: I18n
}

export interface EditorProps {
  editor: Editor
  value: unknown
  required: boolean
  /** undefined removes the property. */
  onChange: (value: unknown) => void
  /** The field being edited and its form: conditions and formulas are checked against them (without it they are edited as JSON). */
  context?: { field: Field; form: FormDefinition; locale: Locale }
}

const matches = (pattern: string | undefined, value: string) =>
  !pattern || value === '' || new RegExp(pattern, 'u').test(value)

function I18nInput({
  value,
  onChange,
  required,
}: {
  value: I18n | undefined
  onChange: (value: unknown) => void
  required: boolean
}) {
  const t = useMessages()
  const zh = value?.['zh-CN'] ?? ''
  const en = value?.en ?? ''
  const set = (next: I18n) => onChange(next['zh-CN'] === '' && !next.en && !required ? undefined : next)
  return (
    <Space.Compact block orientation="vertical" className="i18n-input">
      <Input
        prefix={<span className="lang-tag">{t.zh}</span>}
        value={zh}
        status={required && !zh ? 'error' : ''}
        onChange={(e) => set(renameZh({ 'zh-CN': zh, ...(en ? { en } : {}) }, e.target.value))}
      />
      <Input
        prefix={<span className="lang-tag">EN</span>}
        value={en}
        // Without an English name English readers see the Chinese one: the placeholder says so.
        placeholder={zh}
        onChange={(e) => set(renameEn({ 'zh-CN': zh }, e.target.value))}
      />
    </Space.Compact>
  )
}

function OptionsInput({
  value,
  onChange,
}: {
  value: Option[] | undefined
  onChange: (value: unknown) => void
}) {
  const t = useMessages()
  const options = value ?? []
  const update = (index: number, next: Option) =>
    onChange(options.map((item, at) => (at === index ? next : item)))
  const add = () => {
    const taken = new Set(options.map((item) => item.value))
    let n = options.length + 1
    while (taken.has(`option${n}`)) n += 1
    onChange([...options, { value: `option${n}`, label: { 'zh-CN': `选项${n}` } }])
  }
  return (
    <div className="options-input">
      {options.map((option, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; a key from the value would remount the row on each keystroke
        <div key={index} className="option-row">
          <Input
            aria-label={t.optionValue}
            className="option-value"
            value={option.value}
            status={matches('^[A-Za-z0-9_-]{1,64}$', option.value) && option.value ? '' : 'error'}
            onChange={(e) => update(index, { ...option, value: e.target.value })}
          />
          <Input
            aria-label={t.optionLabel}
            value={option.label['zh-CN']}
            onChange={(e) =>
              update(index, { ...option, label: { ...option.label, 'zh-CN': e.target.value } })
            }
          />
          <Input
            aria-label={`${t.optionLabel} EN`}
            placeholder="EN"
            value={option.label.en ?? ''}
            onChange={(e) => {
              const { en: _dropped, ...rest } = option.label
              update(index, { ...option, label: e.target.value ? { ...rest, en: e.target.value } : rest })
            }}
          />
          <Button
            type="text"
            danger
            aria-label={t.delete}
            onClick={() => onChange(options.filter((_, at) => at !== index))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button size="small" onClick={add}>
        {t.addOption}
      </Button>
    </div>
  )
}

/** One property's input, chosen by the editor kind the schema gave it. */
export function PropertyEditor({ editor, value, required, onChange, context }: EditorProps) {
  const t = useMessages()
  switch (editor.kind) {
    case 'string': {
      const text = typeof value === 'string' ? value : ''
      return (
        <Input
          value={text}
          maxLength={editor.maxLength}
          status={matches(editor.pattern, text) ? '' : 'error'}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        />
      )
    }
    case 'number':
      return (
        <InputNumber
          className="full-width"
          value={typeof value === 'number' ? value : null}
          min={editor.minimum}
          max={editor.maximum}
          precision={editor.integer ? 0 : undefined}
          onChange={(next) => onChange(next ?? undefined)}
        />
      )
    case 'boolean':
      return (
        <Switch
          checked={value === true}
          onChange={(checked) => onChange(checked || required ? checked : undefined)}
        />
      )
    case 'const':
      return (
        <Space>
          <Switch
            checked={value === editor.value}
            onChange={(checked) => onChange(checked ? editor.value : undefined)}
          />
          <code>{String(editor.value)}</code>
        </Space>
      )
    case 'enum':
      return (
        <Select
          className="full-width"
          allowClear={!required}
          placeholder={t.notSet}
          value={typeof value === 'string' ? value : undefined}
          options={editor.values.map((item) => ({ value: item, label: item }))}
          onChange={(next) => onChange(next ?? undefined)}
        />
      )
    case 'multiEnum':
      return (
        <Select
          mode="multiple"
          className="full-width"
          placeholder={t.notSet}
          value={Array.isArray(value) ? (value as string[]) : []}
          options={editor.values.map((item) => ({ value: item, label: item }))}
          onChange={(next: string[]) => onChange(next.length ? next : undefined)}
        />
      )
    case 'i18n':
      return <I18nInput value={value as I18n | undefined} onChange={onChange} required={required} />
    case 'options':
      return <OptionsInput value={value as Option[] | undefined} onChange={onChange} />
    case 'stringList':
      return (
        <Select
          mode="tags"
          className="full-width"
          placeholder={t.notSet}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(next: string[]) => onChange(next.length ? next : undefined)}
          open={false}
        />
      )
    case 'condition':
      if (!context) return <JsonEditor value={value} onApply={onChange} rows={4} />
      return (
        <ConditionBuilder
          value={value as Condition | undefined}
          onChange={onChange}
          form={context.form}
          locale={context.locale}
        />
      )
    case 'formula':
      if (!context) return <JsonEditor value={value} onApply={onChange} rows={4} />
      return (
        <FormulaEditor
          value={typeof value === 'string' ? value : undefined}
          onChange={onChange}
          field={context.field}
          form={context.form}
          locale={context.locale}
        />
      )
    case 'json':
      return <JsonEditor value={value} onApply={onChange} rows={4} />
  }
}
