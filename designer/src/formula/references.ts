import type { Field, FormDefinition } from '@signoff/schemas'
import { type ConditionField, conditionFields, tableColumns } from '../condition/condition-fields.ts'

export type ReferenceGroup = 'row' | 'form' | 'total'

/** Something a formula can read, and the CEL that reads it. */
export interface Reference {
  group: ReferenceGroup
  field: Field
  /** The table a row reference or a total reads from. */
  table?: Field
  cel: string
}

/** The detail table a field is a column of, if it is one. */
export function tableOf(form: FormDefinition, fieldId: string): Field | undefined {
  return conditionFields(form).find(
    ({ field, shape }) =>
      shape === 'rows' && tableColumns(form, field.id).some((column) => column.field.id === fieldId),
  )?.field
}

/**
 * What the formula `fieldId` may read: its own row's other columns (inside a table), the form's fields,
 * and the total of each number or money column.
 */
export function formulaReferences(form: FormDefinition, fieldId: string): Reference[] {
  const table = tableOf(form, fieldId)
  const others = (items: ConditionField[]) => items.filter(({ field }) => field.id !== fieldId)
  const row: Reference[] = table
    ? others(tableColumns(form, table.id)).map(({ field }) => ({
        group: 'row',
        field,
        table,
        cel: `row.${field.id}`,
      }))
    : []
  const top = others(conditionFields(form))
  const fields: Reference[] = top.map(({ field }) => ({ group: 'form', field, cel: `form.${field.id}` }))
  const totals: Reference[] = top
    .filter(({ shape }) => shape === 'rows')
    .flatMap(({ field: tableField }) =>
      others(tableColumns(form, tableField.id))
        .filter(({ shape }) => shape === 'decimal')
        .map(({ field }) => ({
          group: 'total' as const,
          field,
          table: tableField,
          cel: `sum(form.${tableField.id}.map(r, r.${field.id}))`,
        })),
    )
  return [...row, ...fields, ...totals]
}
