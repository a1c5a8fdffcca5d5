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

function setField(record: CelRecord, field: Field, values: Record<string, unknown>, model: FormModel): void {
  const shape = shapeOf(field)
  if (!shape) return
  const { id } = field
  const value = shapes[shape].toCel(Object.hasOwn(values, id) ? values[id] : undefined, field, (table, row) =>
    toCelRow(model, table.id, row),
  )
  if (value !== undefined) record.set(id, value)
}

function toRecord(fields: Map<string, Field>, raw: unknown, make: RecordClass, model: FormModel): CelRecord {
  const record = new make()
  if (typeof raw !== 'object' || raw === null) return record
  const values = raw as Record<string, unknown>
  for (const field of fields.values()) setField(record, field, values, model)
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

/**
 * The form's CEL record with only the fields an expression reads (formReads), or all of them when that is
 * not known: a condition on one field then converts one value, not a whole detail table of decimals.
 */
export function toCelFormReading(
  model: FormModel,
  values: unknown,
  reads: ReadonlySet<string> | undefined,
): CelRecord {
  if (reads === undefined) return toCelForm(model, values)
  const record = new model.formClass()
  if (typeof values !== 'object' || values === null) return record
  for (const id of reads) {
    const field = model.fields.get(id)
    if (field) setField(record, field, values as Record<string, unknown>, model)
  }
  return record
}
