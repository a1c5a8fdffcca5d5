import { type ValueType, valueTypes } from '@signoff/expression'
import type { Field, FieldType, FormDefinition } from '@signoff/schemas'

/** A valued field where a submission holds it: at the top level, or as a column of a detail table. */
export interface IndexedField {
  field: Field
  columns?: Map<string, Field>
}

/** The fields a layout field (group, columns) lays out; their values stand at the top level. */
export const childrenOf = (field: Field): readonly Field[] =>
  Object.hasOwn(valueTypes, field.type) &&
  (valueTypes[field.type as FieldType] as ValueType).layout &&
  'children' in field
    ? (field.children as Field[])
    : []

const cache = new WeakMap<FormDefinition, Map<string, IndexedField>>()

/** Every field by id at the level a submission holds it (layout flattened, table columns kept apart). */
export function fieldIndex(form: FormDefinition): Map<string, IndexedField> {
  const cached = cache.get(form)
  if (cached) return cached
  const index = new Map<string, IndexedField>()
  const walk = (fields: readonly Field[]) => {
    for (const field of fields) {
      walk(childrenOf(field))
      const columns =
        'columns' in field && Array.isArray(field.columns)
          ? new Map((field.columns as Field[]).map((column) => [column.id, column]))
          : undefined
      index.set(field.id, columns ? { field, columns } : { field })
    }
  }
  walk(form.fields)
  cache.set(form, index)
  return index
}

/** The field a JSON Pointer into a submission is about: "/items/2/amount/0" → "/items/2/amount". */
export function fieldPathOf(form: FormDefinition, pointer: string): { path: string; field?: Field } {
  const [id = '', row, columnId] = pointer.split('/').slice(1)
  const entry = fieldIndex(form).get(id)
  if (!entry) return { path: pointer }
  const column = row !== undefined && columnId !== undefined ? entry.columns?.get(columnId) : undefined
  return column
    ? { path: `/${id}/${row}/${columnId}`, field: column }
    : { path: `/${id}`, field: entry.field }
}
