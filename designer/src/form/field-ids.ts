import type { Field, FieldType } from '@signoff/schemas'
import { specOf } from './field-catalog.ts'
import { childrenOf, walkFields } from './field-tree.ts'

export function fieldIds(fields: readonly Field[]): Set<string> {
  return new Set(walkFields(fields).map((item) => item.field.id))
}

/**
 * Hands out ids like money_3 that no field of the form uses, nor any id handed out before by the
 * same generator (a new table and its first column are made before either is in the form).
 */
export function idGenerator(fields: readonly Field[]): (type: FieldType | string) => string {
  const taken = fieldIds(fields)
  return (type) => {
    let n = 1
    while (taken.has(`${type}_${n}`)) n += 1
    const id = `${type}_${n}`
    taken.add(id)
    return id
  }
}

/**
 * A deep copy of a field with fresh ids for it and every field inside it; a table's totals follow
 * its columns to their new ids.
 */
export function copyWithNewIds(field: Field, newId: (type: string) => string): Field {
  const renamed = new Map<string, string>()
  const copy = renameAll(structuredClone(field), newId, renamed)
  const totals = (copy as { totals?: unknown }).totals
  if (!Array.isArray(totals)) return copy
  return { ...copy, totals: totals.map((id: string) => renamed.get(id) ?? id) } as Field
}

function renameAll(field: Field, newId: (type: string) => string, renamed: Map<string, string>): Field {
  const id = newId(field.type)
  renamed.set(field.id, id)
  const key = specOf(field.type)?.nesting?.key
  const children = childrenOf(field)
  const copy = { ...field, id } as Field
  if (!key || !children) return copy
  return { ...copy, [key]: children.map((child) => renameAll(child, newId, renamed)) } as Field
}
