import type { Field, FormDefinition } from '@signoff/schemas'
import { props } from './field-props.ts'
import { type CelRecord, type RecordClass, recordClass } from './records.ts'
import { shapes } from './shapes.ts'
import { shapeOf, valueType } from './value-types.ts'

export interface TableModel {
  table: Field
  columns: Map<string, Field>
  rowClass: RecordClass
}

/** A form read for expressions: valued fields by id with layout flattened, and each detail table's columns. */
export interface FormModel {
  form: FormDefinition
  fields: Map<string, Field>
  tables: Map<string, TableModel>
  formClass: RecordClass
}

const models = new WeakMap<FormDefinition, FormModel>()

export function formModel(form: FormDefinition): FormModel {
  const cached = models.get(form)
  if (cached) return cached
  const model: FormModel = { form, fields: new Map(), tables: new Map(), formClass: recordClass() }
  collect(form.fields, model)
  models.set(form, model)
  return model
}

function collect(fields: readonly Field[], model: FormModel): void {
  for (const field of fields) {
    if (valueType(field)?.layout) collect(props(field).children ?? [], model)
    else if (shapeOf(field) !== undefined) model.fields.set(field.id, field)
    if (shapeOf(field) === 'rows') {
      const columns = new Map<string, Field>()
      for (const column of props(field).columns ?? []) if (shapeOf(column)) columns.set(column.id, column)
      model.tables.set(field.id, { table: field, columns, rowClass: recordClass() })
    }
  }
}

/** Where a field id lives: a top-level field, or a column of a detail table. */
export function locateField(model: FormModel, id: string): { field: Field; tableId?: string } | undefined {
  const field = model.fields.get(id)
  if (field) return { field }
  for (const [tableId, table] of model.tables) {
    const column = table.columns.get(id)
    if (column) return { field: column, tableId }
  }
  return undefined
}

function toRecord(fields: Map<string, Field>, raw: unknown, make: RecordClass, model: FormModel): CelRecord {
  const record = new make()
  if (typeof raw !== 'object' || raw === null) return record
  const values = raw as Record<string, unknown>
  for (const [id, field] of fields) {
    const shape = shapeOf(field)
    if (!shape) continue
    const value = shapes[shape].toCel(
      Object.hasOwn(values, id) ? values[id] : undefined,
      field,
      (table, row) => toCelRow(model, table.id, row),
    )
    if (value !== undefined) record.set(id, value)
  }
  return record
}

export function toCelRow(model: FormModel, tableId: string, raw: unknown): CelRecord {
  const table = model.tables.get(tableId)
  if (!table) throw new Error(`no detail table ${tableId}`)
  return toRecord(table.columns, raw, table.rowClass, model)
}

export function toCelForm(model: FormModel, values: unknown): CelRecord {
  return toRecord(model.fields, values, model.formClass, model)
}
