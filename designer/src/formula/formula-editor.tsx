import type { Field, FormDefinition } from '@signoff/schemas'
import { Input, Select, Space, Tag, Typography } from 'antd'
import { useMemo, useRef } from 'react'
import { CheckResult } from '../condition/check-result.tsx'
import '../condition/condition.css'
import { dictionaries, type Locale, type Messages } from '../i18n/dictionary.ts'
import { pickText } from '../i18n/locale-store.ts'
import { checkFormulaText } from './formula-check.ts'
import { formulaFunctions } from './functions.ts'
import { insertAt } from './insert.ts'
import { formulaReferences, type Reference } from './references.ts'

export interface FormulaEditorProps {
  /** The CEL expression; undefined when empty. */
  value: string | undefined
  onChange: (value: string | undefined) => void
  /** The formula field being edited (its result type decides what fits). */
  field: Field
  form: FormDefinition
  locale: Locale
}

const typeNames: Record<string, keyof Messages> = {
  decimal: 'typeDecimal',
  int: 'typeInt',
  string: 'typeString',
  bool: 'typeBool',
}

function referenceLabel(ref: Reference, t: Messages, locale: Locale): string {
  const name = pickText(ref.field.label, locale) || ref.field.id
  if (ref.group === 'total') return `${pickText(ref.table?.label, locale)}.${name} ${t.fxColumnTotal}`
  return name
}

/** Edits a formula's CEL with a field picker, the function list and a live type check against the form. */
export function FormulaEditor({ value, onChange, field, form, locale }: FormulaEditorProps) {
  const t = dictionaries[locale]
  const text = value ?? ''
  const area = useRef<HTMLTextAreaElement | null>(null)
  const references = useMemo(() => formulaReferences(form, field.id), [form, field.id])
  const check = useMemo(() => checkFormulaText(field, text, form), [field, text, form])
  const insert = (snippet: string) => {
    const element = area.current
    const next = insertAt(
      text,
      element?.selectionStart ?? text.length,
      element?.selectionEnd ?? text.length,
      snippet,
    )
    onChange(next.text)
    requestAnimationFrame(() => {
      element?.focus()
      element?.setSelectionRange(next.caret, next.caret)
    })
  }
  const groups = [
    { key: 'row', label: t.fxThisRow },
    { key: 'form', label: t.condFormFields },
    { key: 'total', label: t.fxColumnTotal },
  ] as const
  const fieldOptions = groups
    .map(({ key, label }) => ({
      label,
      options: references
        .filter((ref) => ref.group === key)
        .map((ref) => ({ value: ref.cel, label: `${referenceLabel(ref, t, locale)} ${ref.cel}` })),
    }))
    .filter((group) => group.options.length > 0)
  const labelOf = (cel: string) => {
    const ref = references.find((item) => item.cel === cel)
    return ref ? referenceLabel(ref, t, locale) : cel
  }
  const typeName = check.type
    ? typeNames[check.type]
      ? t[typeNames[check.type] as keyof Messages]
      : check.type
    : null
  return (
    <div className="formula-editor">
      <Input.TextArea
        aria-label={t.fxExpression}
        ref={(instance) => {
          area.current = instance?.resizableTextArea?.textArea ?? null
        }}
        className="mono"
        autoSize={{ minRows: 2, maxRows: 8 }}
        placeholder={t.fxPlaceholder}
        status={check.issues.length ? 'error' : ''}
        value={text}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      />
      <Space.Compact block className="formula-pickers">
        <Select
          aria-label={t.fxInsertField}
          className="formula-picker"
          placeholder={t.fxInsertField}
          value={null}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          options={fieldOptions}
          optionRender={(option) => (
            <div className="formula-option">
              <span>{labelOf(String(option.value))}</span>
              <code>{option.value}</code>
            </div>
          )}
          onChange={(cel: string) => insert(cel)}
        />
        <Select
          aria-label={t.fxFunctions}
          className="formula-picker"
          placeholder={t.fxFunctions}
          value={null}
          showSearch={{ optionFilterProp: 'value' }}
          popupMatchSelectWidth={false}
          options={formulaFunctions.map((fn) => ({ value: fn.name, label: fn.signature, fn }))}
          optionRender={(option) => (
            <div className="formula-option">
              <code>{option.data.fn.signature}</code>
              <Typography.Text type="secondary">{t[option.data.fn.doc]}</Typography.Text>
            </div>
          )}
          onChange={(name: string) => {
            const fn = formulaFunctions.find((item) => item.name === name)
            if (fn) insert(fn.snippet)
          }}
        />
      </Space.Compact>
      <div className="formula-result">
        <Typography.Text type="secondary">{t.fxResult}:</Typography.Text>{' '}
        {typeName && <Tag color={check.fits ? 'green' : 'red'}>{typeName}</Tag>}
        {check.fits ? (
          <Typography.Text type="success">✓ {t.fxFits}</Typography.Text>
        ) : (
          <CheckResult issues={check.issues} t={t} locale={locale} />
        )}
      </div>
    </div>
  )
}
