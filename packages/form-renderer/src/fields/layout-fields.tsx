import type { ColumnsField, GroupField } from '@signoff/schemas'
import { Collapse } from 'antd'
import { localText } from '../i18n/text.ts'
import { useLive } from '../render-context.ts'
import type { FieldProps, FieldRenderer } from './field-props.ts'
import { usePermission } from './permission.ts'

function Group({ field, locale, id }: FieldProps<GroupField>) {
  const { renderFields } = useLive()
  const permission = usePermission()
  const title = localText(field.label, locale)
  const body = <div className="sf-group-body">{renderFields(field.children, permission)}</div>
  if (field.collapsible)
    return (
      <Collapse
        className="sf-group"
        defaultActiveKey={[field.id]}
        items={[{ key: field.id, label: title, children: body }]}
      />
    )
  return (
    <section className="sf-group" aria-labelledby={`${id}-title`}>
      <h3 className="sf-group-title" id={`${id}-title`}>
        {title}
      </h3>
      {body}
    </section>
  )
}

function Columns({ field }: FieldProps<ColumnsField>) {
  const { renderFields } = useLive()
  const permission = usePermission()
  return (
    <div className="sf-columns" style={{ ['--sf-columns' as string]: field.columnCount ?? 2 }}>
      {renderFields(field.children, permission)}
    </div>
  )
}

export const layoutRenderers = {
  group: { Edit: Group, Read: Group, frame: 'bare' } satisfies FieldRenderer<GroupField>,
  columns: { Edit: Columns, Read: Columns, frame: 'bare' } satisfies FieldRenderer<ColumnsField>,
}
