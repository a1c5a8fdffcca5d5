import { type Shape, type ValueType, valueTypes } from '@signoff/expression'
import type { Field, FieldType, FormDefinition } from '@signoff/schemas'

/** A field a structured condition can compare, with how its value reads in expressions. */
export interface ConditionField {
  field: Field
  shape: Shape
}

const valueTypeOf = (field: Field): ValueType | undefined =>
  Object.hasOwn(valueTypes, field.type) ? valueTypes[field.type as FieldType] : undefined

/** The fields a comparison may name: valued top-level fields, layout flattened (table columns are tested in CEL). */
export function conditionFields(form: FormDefinition): ConditionField[] {
  const found: ConditionField[] = []
  const visit = (fields: readonly Field[]) => {
    for (const field of fields) {
      const valueType = valueTypeOf(field)
      if (valueType?.layout) visit((field as { children?: Field[] }).children ?? [])
      const shape = valueType?.shape(field)
      if (shape) found.push({ field, shape })
    }
  }
  visit(form.fields)
  return found
}

/** The columns of a detail table, for `row.<column>` references. */
export function tableColumns(form: FormDefinition, tableId: string): ConditionField[] {
  const table = conditionFields(form).find((item) => item.field.id === tableId)
  const columns = (table?.field as { columns?: Field[] } | undefined)?.columns ?? []
  return conditionFields({ ...form, fields: columns })
}
