import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { type ReactNode, useState } from 'react'
import { type DragSource, type DropTarget, dropPlace } from '../form/drop-target.ts'
import { specOf } from '../form/field-catalog.ts'
import { findField } from '../form/field-tree.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { designerStore } from '../store/use-designer.ts'

/**
 * Nested lists overlap; the smallest droppable under the pointer is the one meant. A pointer
 * outside every list drops nothing; the keyboard has no pointer and goes to the nearest.
 */
const innermostFirst: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCenter(args)
  const hits = pointerWithin(args)
  const area = (id: string | number) => {
    const rect = args.droppableRects.get(id)
    return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY
  }
  return [...hits].sort((a, b) => area(a.id) - area(b.id))
}

function asSource(data: unknown): DragSource | null {
  const value = data as Partial<DragSource> | undefined
  if (value?.kind === 'palette' && value.fieldType) return { kind: 'palette', fieldType: value.fieldType }
  if (value?.kind === 'field' && value.id) return { kind: 'field', id: value.id }
  return null
}

function asTarget(data: unknown): DropTarget | null {
  const value = data as Partial<DropTarget> | undefined
  if (value?.kind === 'field' && 'id' in value && value.id !== undefined)
    return { kind: 'field', id: value.id, parentId: value.parentId ?? null }
  if (value?.kind === 'container') return { kind: 'container', parentId: value.parentId ?? null }
  return null
}

export function FormDnd({ children }: { children: ReactNode }) {
  const locale = useLocaleStore((state) => state.locale)
  const t = useMessages()
  const [dragging, setDragging] = useState<DragSource | null>(null)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  const onDragStart = (event: DragStartEvent) => setDragging(asSource(event.active.data.current))

  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const source = asSource(event.active.data.current)
    const target = asTarget(event.over?.data.current)
    const state = designerStore.getState()
    if (!source || !target || !state.app) return
    const place = dropPlace(state.app.form.fields, source, target)
    if (!place) return
    if (source.kind === 'palette') state.addField(source.fieldType, place)
    else state.moveField(source.id, place)
  }

  const overlayLabel = () => {
    if (!dragging) return null
    const fields = designerStore.getState().app?.form.fields ?? []
    const type =
      dragging.kind === 'palette' ? dragging.fieldType : (findField(fields, dragging.id)?.field.type ?? '')
    const spec = specOf(type)
    return spec ? `${spec.icon} ${pickText(spec.label, locale)}` : null
  }

  // Screen readers hear what moves where, in the designer's language, by field name.
  const nameOf = (id: string | number | undefined): string => {
    const text = String(id ?? '')
    if (text === 'container:root') return t.canvas
    if (text.startsWith('container:')) return nameOf(text.slice('container:'.length))
    const fields = designerStore.getState().app?.form.fields ?? []
    const field = findField(fields, text)?.field
    const type = text.startsWith('palette:') ? text.slice('palette:'.length) : field?.type
    return field
      ? pickText(field.label, locale) || field.id
      : pickText(specOf(type ?? '')?.label, locale) || text
  }
  const say = (template: string, item: string | number, target?: string | number) =>
    template.replace('{item}', nameOf(item)).replace('{target}', nameOf(target))
  const announcements: Announcements = {
    onDragStart: ({ active }) => say(t.dragStart, active.id),
    onDragOver: ({ active, over }) =>
      over ? say(t.dragOver, active.id, over.id) : say(t.dragOverNothing, active.id),
    onDragEnd: ({ active, over }) =>
      over ? say(t.dragEnd, active.id, over.id) : say(t.dragCancel, active.id),
    onDragCancel: ({ active }) => say(t.dragCancel, active.id),
  }

  return (
    <DndContext
      accessibility={{ announcements, screenReaderInstructions: { draggable: t.dragInstructions } }}
      sensors={sensors}
      collisionDetection={innermostFirst}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging?.kind === 'palette' ? <div className="drag-overlay">{overlayLabel()}</div> : null}
      </DragOverlay>
    </DndContext>
  )
}
