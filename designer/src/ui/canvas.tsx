import { useDroppable } from '@dnd-kit/core'
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { Finding } from '@signoff/analysis'
import type { Field } from '@signoff/schemas'
import { Button } from 'antd'
import type { CSSProperties } from 'react'
import type { DropTarget } from '../form/drop-target.ts'
import { specOf } from '../form/field-catalog.ts'
import { childrenOf } from '../form/field-tree.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { designerStore, useDesigner } from '../store/use-designer.ts'
import { FieldPreview } from './field-preview.tsx'

export const containerId = (parentId: string | null) => `container:${parentId ?? 'root'}`

interface ListProps {
  fields: readonly Field[]
  parentId: string | null
  findings: Map<string, Finding[]>
  /** Side by side (table columns, multi-column layout): a slot after the last one appends there. */
  row?: boolean
}

export function FieldList({ fields, parentId, findings, row = false }: ListProps) {
  const t = useMessages()
  const data: DropTarget = { kind: 'container', parentId }
  const { setNodeRef, isOver } = useDroppable({ id: containerId(parentId), data })
  return (
    <SortableContext items={fields.map((field) => field.id)} strategy={verticalListSortingStrategy}>
      <div
        ref={setNodeRef}
        className={`field-list${parentId === null ? ' is-root' : ''}${isOver ? ' is-over' : ''}`}
        data-container={parentId ?? 'root'}
      >
        {fields.map((field) => (
          <FieldCard key={field.id} field={field} parentId={parentId} findings={findings} />
        ))}
        {fields.length === 0 || parentId === null || row ? (
          <div className={`drop-hint${fields.length > 0 && row ? ' is-append' : ''}`}>
            {fields.length === 0 && parentId === null ? t.emptyCanvas : t.dropHere}
          </div>
        ) : null}
      </div>
    </SortableContext>
  )
}

function FieldCard({
  field,
  parentId,
  findings,
}: {
  field: Field
  parentId: string | null
  findings: ListProps['findings']
}) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const selected = useDesigner((state) => state.selectedId === field.id)
  const data: DropTarget = { kind: 'field', id: field.id, parentId }
  const { attributes, listeners, setNodeRef, transform, transition, isDragging, isOver, active } =
    useSortable({
      id: field.id,
      data,
    })
  const spec = specOf(field.type)
  const children = childrenOf(field)
  const own = findings.get(field.id) ?? []
  const severity = own.some((item) => item.severity === 'error') ? 'error' : own.length ? 'warning' : null
  // Sorting within one list animates by itself; a drop from the palette or another list needs a marker.
  const activeData = active?.data.current as Partial<DropTarget> | undefined
  const dropBefore =
    isOver && active?.id !== field.id && (activeData?.kind !== 'field' || activeData.parentId !== parentId)
  const style: CSSProperties = {
    transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
    transition,
  }
  const { select, duplicateField, removeField } = designerStore.getState()
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dnd-kit's attributes below give it role=button and tabIndex
    // biome-ignore lint/a11y/useKeyWithClickEvents: dnd-kit's listeners below handle the keyboard; focus selects
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role (button) comes with dnd-kit's attributes
    <div
      ref={setNodeRef}
      style={style}
      className={`field-card${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}${severity ? ` has-${severity}` : ''}${dropBefore ? ' is-drop-before' : ''}`}
      data-field-id={field.id}
      aria-label={`${pickText(field.label, locale) || field.id} · ${spec ? pickText(spec.label, locale) : field.type}`}
      onClick={(event) => {
        event.stopPropagation()
        select(field.id)
      }}
      onFocus={(event) => {
        if (event.target === event.currentTarget) select(field.id)
      }}
      {...attributes}
      {...listeners}
    >
      <div className="field-card-head">
        <span className="field-icon" aria-hidden>
          {spec?.icon}
        </span>
        <span className="field-label">
          {field.required ? <span className="required-mark">*</span> : null}
          {pickText(field.label, locale) || field.id}
        </span>
        <span className="field-type">{spec ? pickText(spec.label, locale) : field.type}</span>
        {selected && (
          <span className="field-actions">
            <Button
              size="small"
              type="text"
              aria-label={t.copy}
              onPointerDown={(event) => event.stopPropagation()}
              onClick={(event) => {
                event.stopPropagation()
                duplicateField(field.id)
              }}
            >
              {t.copy}
            </Button>
            <Button
              size="small"
              type="text"
              danger
              aria-label={t.delete}
              onPointerDown={(event) => event.stopPropagation()}
              onClick={(event) => {
                event.stopPropagation()
                removeField(field.id)
              }}
            >
              {t.delete}
            </Button>
          </span>
        )}
      </div>
      {children ? (
        <div className={`field-children is-${spec?.nesting?.direction ?? 'column'}`}>
          <FieldList
            fields={children}
            parentId={field.id}
            findings={findings}
            row={spec?.nesting?.direction === 'row'}
          />
        </div>
      ) : (
        <FieldPreview field={field} />
      )}
      {own.length > 0 && (
        <ul className="field-findings">
          {own.map((item) => (
            <li key={`${item.code}${item.path}`} className={`finding-${item.severity}`}>
              {locale === 'en' ? item.message : item.messageZh}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
