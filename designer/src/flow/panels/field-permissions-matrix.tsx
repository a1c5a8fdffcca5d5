import type { FieldPermissions } from '@signoff/schemas'
import { Radio, Select } from 'antd'
import { specOf } from '../../form/field-catalog.ts'
import { pickText } from '../../i18n/locale-store.ts'
import type { PanelContext } from './panel-context.ts'
import { type Permission, permissionChoices } from './schema-vocab.ts'

interface Props {
  value: FieldPermissions | undefined
  /** What a field not listed gets at this node (edit at the start, read elsewhere). */
  fallback: Permission
  ctx: PanelContext
  onChange: (value: FieldPermissions | undefined) => void
}

/** Read, edit or hidden for every field of the form; only the ones that differ from the fallback are stored. */
export function FieldPermissionsMatrix({ value, fallback, ctx, onChange }: Props) {
  const fields = ctx.fields.filter((field) => specOf(field.type)?.group !== 'layout')
  const store = (entries: [string, Permission][]) => {
    const kept = entries.filter(([, access]) => access !== fallback)
    onChange(kept.length ? Object.fromEntries(kept) : undefined)
  }
  const set = (id: string, access: Permission) =>
    store([...Object.entries(value ?? {}).filter(([key]) => key !== id), [id, access]])
  const options = permissionChoices.map((choice) => ({ value: choice.value, label: ctx.t[choice.label] }))
  return (
    <div className="flow-permissions">
      <div className="flow-permission-row">
        <span className="flow-permission-label">{ctx.t.permissionAll}</span>
        <Select<Permission>
          size="small"
          placeholder="—"
          value={null as unknown as Permission}
          options={options}
          onChange={(access) => store(fields.map((field) => [field.id, access]))}
          style={{ width: 104 }}
        />
      </div>
      {fields.map((field) => (
        <div key={field.id} className="flow-permission-row" data-field-id={field.id}>
          <span className="flow-permission-label" title={field.id}>
            {pickText(field.label, ctx.locale) || field.id}
          </span>
          <Radio.Group
            size="small"
            optionType="button"
            value={value?.[field.id] ?? fallback}
            options={options}
            onChange={(event) => set(field.id, event.target.value as Permission)}
          />
        </div>
      ))}
    </div>
  )
}
