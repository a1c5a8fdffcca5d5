import type { Field, FormDefinition } from '@signoff/schemas'
import { type ValueKind, valueKindOf } from './field-facts.ts'
import { childrenOf, columnsOf } from './field-parts.ts'
import { under } from './pointer.ts'

export interface FieldEntry {
  field: Field
  /** JSON Pointer of the field within the app. */
  path: string
  value: ValueKind
  /** The detail table the field is a column of; its value is per row, not a top-level key. */
  table?: Field
}

export interface FormIndex {
  /** Every field in document order, layouts and table columns included, duplicates included. */
  entries: FieldEntry[]
  /** First field with each id. */
  byId: ReadonlyMap<string, FieldEntry>
}

export function indexForm(form: FormDefinition, base = '/form'): FormIndex {
  const entries: FieldEntry[] = []
  const visit = (fields: readonly Field[], path: string, table: Field | undefined) => {
    fields.forEach((field, i) => {
      const fieldPath = under(path, i)
      entries.push({ field, path: fieldPath, value: valueKindOf(field), ...(table ? { table } : {}) })
      const children = childrenOf(field)
      if (children) visit(children, under(fieldPath, 'children'), table)
      const columns = columnsOf(field)
      if (columns) visit(columns, under(fieldPath, 'columns'), field)
    })
  }
  visit(form.fields, under(base, 'fields'), undefined)
  const byId = new Map<string, FieldEntry>()
  for (const entry of entries) if (!byId.has(entry.field.id)) byId.set(entry.field.id, entry)
  return { entries, byId }
}

/** A field whose value is a top-level key of a submission, i.e. something a condition or rule can read. */
export function topLevelValued(form: FormIndex, id: string): FieldEntry | undefined {
  const entry = form.byId.get(id)
  return entry && !entry.table && entry.value !== 'none' ? entry : undefined
}

export function fieldLabel(entry: FieldEntry): string {
  return `'${entry.field.id}' (${entry.field.label['zh-CN']})`
}
