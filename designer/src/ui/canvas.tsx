import { useDroppable } from '@dnd-kit/core'
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { Finding } from '@signoff/analysis'
import type { Field } from '@signoff/schemas'
import { Button } from 'antd'
import { type CSSProperties, memo, useDeferredValue, useMemo } from 'react'
import type { DropTarget } from '../form/drop-target.ts'
import { specOf } from '../form/field-catalog.ts'
import { childrenOf } from '../form/field-tree.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { designerStore, useDesigner } from '../store/use-designer.ts'
import { FieldPreview } from './field-preview.tsx'

export const containerId = (parentId: string | null) => `container:${parentId ?? 'root'}`

type FindingsByField = Map<string, Finding[]>

interface ListProps {
  fields: readonly Field[]
  parentId: string | null
  findings: FindingsByField
  /** Side by side (table columns, multi-column layout): a slot after the last one appends there. */
  row?: boolean
}

/** One shared empty list, so a card without findings keeps equal props when the findings are recomputed. */
const none: Finding[] = []

export function FieldList({ fields, parentId, findings, row = false }: ListProps) {
  const t = useMessages()
  const data: DropTarget = { kind: 'container', parentId }
  const { setNodeRef, isOver } = useDroppable({ id: containerId(parentId), data })
  const items = useMemo(() => fields.map((field) => field.id), [fields])
  // A new field is drawn at once; telling dnd-kit about it redraws every card in the list (its context
  // changes), so that follows in a deferred render (bench workload 6). Moves and removals are immediate.
  const settled = useDeferredValue(items)
  const sortable = items.length > settled.length ? settled : items
  return (
    <SortableContext items={sortable} strategy={verticalListSortingStrategy}>
      <div
        ref={setNodeRef}
        className={`field-list${parentId === null ? ' is-root' : ''}${isOver ? ' is-over' : ''}`}
        data-container={parentId ?? 'root'}
      >
        {fields.map((field) => (
          <FieldCard
            key={field.id}
            field={field}
            parentId={parentId}
            own={findings.get(field.id) ?? none}
            // Only a container's card passes the findings on (to its children); a leaf's stays equal.
            findings={childrenOf(field) ? findings : undefined}
          />
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

interface CardProps {
  field: Field
  parentId: string | null
  own: readonly Finding[]
  findings: FindingsByField | undefined
}

/**
 * A field on the sheet: the sortable shell, redrawn whenever its list changes (dnd-kit's context gives
 * every item new values), around its content, redrawn only when the field, its findings or its selection
 * change, so adding a field to a long form draws the new card rather than all of them (bench workload 6).
 */
const FieldCard = memo(function FieldCard({ field, parentId, own, findings }: CardProps) {
  const locale = useLocaleStore((state) => state.locale)
  const selected = useDesigner((state) => state.selectedId === field.id)
  const data: DropTarget = { kind: 'field', id: field.id, parentId }
  const { attributes, listeners, setNodeRef, transform, transition, isDragging, isOver, active } =
    useSortable({
      id: field.id,
      data,
    })
  const spec = specOf(field.type)
  const severity = own.some((item) => item.severity === 'error') ? 'error' : own.length ? 'warning' : null
  // Sorting within one list animates by itself; a drop from the palette or another list needs a marker.
  const activeData = active?.data.current as Partial<DropTarget> | undefined
  const dropBefore =
    isOver && active?.id !== field.id && (activeData?.kind !== 'field' || activeData.parentId !== parentId)
  const style: CSSProperties = {
    transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
    transition,
  }
  const { select } = designerStore.getState()
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
      <CardContent field={field} own={own} findings={findings} selected={selected} />
    </div>
  )
})

const CardContent = memo(function CardContent({
  field,
  own,
  findings,
  selected,
}: Omit<CardProps, 'parentId'> & { selected: boolean }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const spec = specOf(field.type)
  const children = childrenOf(field)
  const { duplicateField, removeField } = designerStore.getState()
  return (
    <>
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
      {children && findings ? (
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
    </>
  )
})
