import { Form } from 'antd'
import { memo } from 'react'
import { labelIdOf } from './fields/choice-fields.tsx'
import { PermissionContext } from './fields/permission.ts'
import { rendererOf } from './fields/registry.ts'
import { localText } from './i18n/text.ts'
import { type Slot, useSetup } from './render-context.ts'

/** "/items/0/amount" → "sf-items-0-amount": unique per form, since field ids are. */
export const domIdOf = (path: string) => `sf${path.replace(/\//g, '-')}`

export interface SlotProps extends Slot {
  visible: boolean
  required: boolean
  error: string | undefined
  /** What else the field shows (a table's column states and cell problems): a change re-renders it. */
  detail?: string
}

/**
 * One field with its label, help and message, as an input (edit) or as its value (read, print). Memoized:
 * typing in one field re-renders that field, not the other 299.
 */
export const FieldSlot = memo(function FieldSlot({
  field,
  value,
  onChange,
  path,
  permission,
  cell,
  bare,
  visible,
  required: requiredNow,
  error: message,
}: SlotProps) {
  const { mode, locale } = useSetup()
  const renderer = rendererOf(field)
  if (!renderer || permission === 'hidden' || !visible) return null
  const editable = mode === 'edit' && permission === 'edit'
  const Component = editable ? renderer.Edit : renderer.Read
  const id = domIdOf(path)
  const error = editable ? message : undefined
  const required = editable && requiredNow
  const aria = {
    ...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}),
    ...(required ? { 'aria-required': true } : {}),
  }
  const props = { field, value, onChange, id, path, locale, aria, ...(cell ? { cell } : {}) }
  const content = (
    <PermissionContext.Provider value={permission}>
      <Component {...props} />
    </PermissionContext.Provider>
  )
  if (bare) return content
  if (renderer.frame === 'bare') return <div className="sf-item">{content}</div>
  const label = <span id={labelIdOf(id)}>{localText(field.label, locale)}</span>
  if (mode === 'print')
    return (
      <div className={renderer.wide ? 'sf-print-item sf-wide' : 'sf-print-item'}>
        <div className="sf-print-label">{label}</div>
        <div className="sf-print-value">{content}</div>
      </div>
    )
  const help = editable && !cell ? localText(field.help, locale) : ''
  // antd's Form.Item lays each field out with its grid (a Row and two Cols, each with style hooks): that
  // was a third of a 300-field form's first render. The frame below is plain markup with the renderer's
  // own styles; Form.Item noStyle only passes the error status on to the input's border.
  return (
    <div className={error ? 'ant-form-item sf-item sf-has-error' : 'ant-form-item sf-item'}>
      <div className="ant-form-item-label sf-label">
        <label htmlFor={id} className={required ? 'sf-required' : undefined}>
          {label}
        </label>
      </div>
      <div className="ant-form-item-control">
        <Form.Item noStyle validateStatus={error ? 'error' : undefined}>
          {content}
        </Form.Item>
        {error && (
          <div className="ant-form-item-explain-error sf-error" id={`${id}-error`}>
            {error}
          </div>
        )}
        {help && <div className="sf-extra">{help}</div>}
      </div>
    </div>
  )
})
