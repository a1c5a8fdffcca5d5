import type { Field } from '@signoff/schemas'
import { pickText, useLocaleStore } from '../i18n/locale-store.ts'

/** A quiet stand-in for the input an employee will see, so the canvas reads like the form. */
export function FieldPreview({ field }: { field: Field }) {
  const locale = useLocaleStore((state) => state.locale)
  const content = 'content' in field ? pickText(field.content, locale) : ''
  if (content) return <p className="field-preview-text">{content}</p>
  const options = 'options' in field && Array.isArray(field.options) ? field.options : []
  const hint = pickText(field.placeholder, locale)
  return (
    <div className="field-preview" aria-hidden>
      {options.length > 0 ? options.map((option) => pickText(option.label, locale)).join(' / ') : hint}
    </div>
  )
}
