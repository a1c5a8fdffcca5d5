import type { Field, FieldType } from '@signoff/schemas'
import { canPlace, findField, listAt, type Place } from './field-tree.ts'

/** What is being dragged: a new field from the palette, or a field already on the canvas. */
export type DragSource = { kind: 'palette'; fieldType: FieldType } | { kind: 'field'; id: string }

/** What it is over: a field (drop before it) or the empty part of a list (drop at its end). */
export type DropTarget =
  | { kind: 'field'; id: string; parentId: string | null }
  | { kind: 'container'; parentId: string | null }

/**
 * Where a drop puts the dragged field, as the store's Place (index counted after the field left its
 * old place), or null when it may not go there.
 */
export function dropPlace(fields: readonly Field[], source: DragSource, target: DropTarget): Place | null {
  const moving = source.kind === 'field' ? findField(fields, source.id) : undefined
  if (source.kind === 'field' && (!moving || (target.kind === 'field' && target.id === source.id)))
    return null
  const type = moving ? moving.field.type : source.kind === 'palette' ? source.fieldType : ''
  if (!canPlace(fields, type, moving ? moving.field.id : null, target.parentId)) return null
  const list = listAt(fields, target.parentId)
  if (!list) return null
  const sameList = moving !== undefined && moving.parentId === target.parentId
  if (target.kind === 'container')
    return { parentId: target.parentId, index: list.length - (sameList ? 1 : 0) }
  const index = list.findIndex((field) => field.id === target.id)
  return index < 0 ? null : { parentId: target.parentId, index }
}
