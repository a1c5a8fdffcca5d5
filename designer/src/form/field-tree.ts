import type { Field } from '@signoff/schemas'
import { isLayoutOrTable, specOf } from './field-catalog.ts'

/** A place in the form: parentId null is the form's top level. */
export interface Place {
  parentId: string | null
  index: number
}

export interface Located extends Place {
  field: Field
  /** JSON Pointer of the field inside the app definition. */
  pointer: string
}

type Record_ = Record<string, unknown>

export function childrenOf(field: Field): Field[] | undefined {
  const nesting = specOf(field.type)?.nesting
  if (!nesting) return undefined
  const list = (field as unknown as Record_)[nesting.key]
  return Array.isArray(list) ? (list as Field[]) : []
}

function withChildren(field: Field, children: Field[]): Field {
  const nesting = specOf(field.type)?.nesting
  if (!nesting) return field
  return { ...field, [nesting.key]: children } as Field
}

/** Every field, depth first, with where it sits. */
export function walkFields(
  fields: readonly Field[],
  parentId: string | null = null,
  base = '/form/fields',
): Located[] {
  return fields.flatMap((field, index) => {
    const pointer = `${base}/${index}`
    const own: Located = { field, parentId, index, pointer }
    const children = childrenOf(field)
    const key = specOf(field.type)?.nesting?.key
    return children && key ? [own, ...walkFields(children, field.id, `${pointer}/${key}`)] : [own]
  })
}

export function findField(fields: readonly Field[], id: string): Located | undefined {
  return walkFields(fields).find((item) => item.field.id === id)
}

/** The list a place refers to: the top level, or a container's children. */
export function listAt(fields: readonly Field[], parentId: string | null): readonly Field[] | undefined {
  if (parentId === null) return fields
  const parent = findField(fields, parentId)
  return parent ? childrenOf(parent.field) : undefined
}

function mapLists(
  fields: readonly Field[],
  parentId: string | null,
  change: (list: readonly Field[]) => Field[],
  here: string | null = null,
): Field[] {
  const own = here === parentId ? change(fields) : [...fields]
  return own.map((field) => {
    const children = childrenOf(field)
    return children ? withChildren(field, mapLists(children, parentId, change, field.id)) : field
  })
}

export function insertField(fields: readonly Field[], place: Place, field: Field): Field[] {
  return mapLists(fields, place.parentId, (list) => {
    const index = Math.max(0, Math.min(place.index, list.length))
    return [...list.slice(0, index), field, ...list.slice(index)]
  })
}

export function removeField(fields: readonly Field[], id: string): Field[] {
  return fields
    .filter((field) => field.id !== id)
    .map((field) => {
      const children = childrenOf(field)
      return children ? withChildren(field, removeField(children, id)) : field
    })
}

export function replaceField(fields: readonly Field[], id: string, next: Field): Field[] {
  return fields.map((field) => {
    if (field.id === id) return next
    const children = childrenOf(field)
    return children ? withChildren(field, replaceField(children, id, next)) : field
  })
}

/** Whether a field of this type (with this id, when it already exists) may go into parentId. */
export function canPlace(
  fields: readonly Field[],
  type: string,
  id: string | null,
  parentId: string | null,
): boolean {
  if (parentId === null) return true
  const parent = findField(fields, parentId)
  const nesting = parent && specOf(parent.field.type)?.nesting
  if (!parent || !nesting) return false
  if (!nesting.allowsLayout && isLayoutOrTable(type)) return false
  if (id === null) return true
  // A container may not move into itself or anything inside it.
  const path = ancestorsOf(fields, parentId)
  return parentId !== id && !path.includes(id)
}

function ancestorsOf(fields: readonly Field[], id: string): string[] {
  const located = findField(fields, id)
  if (!located || located.parentId === null) return []
  return [located.parentId, ...ancestorsOf(fields, located.parentId)]
}

/** Moves a field; place.index counts positions in the target list after the field left its old place. */
export function moveField(fields: readonly Field[], id: string, place: Place): Field[] {
  const located = findField(fields, id)
  if (!located || !canPlace(fields, located.field.type, id, place.parentId)) return [...fields]
  return insertField(removeField(fields, id), place, located.field)
}
