import { Decimal } from '@signoff/decimal'
import type { Field, FormDefinition } from '@signoff/schemas'
import { props } from './field-props.ts'
import { formModel } from './form-model.ts'
import { valueType } from './value-types.ts'

/**
 * Totals of a detail table's `totals` columns as decimal strings at each column's precision (money: 2 when
 * unset). Missing or malformed cells count as zero, so a half-filled table still shows a running total.
 */
export function columnTotals(form: FormDefinition, tableId: string, rows: unknown): Record<string, string> {
  const table = formModel(form).tables.get(tableId)
  if (!table) return {}
  const totals: Record<string, string> = {}
  for (const columnId of props(table.table).totals ?? []) {
    const column = table.columns.get(columnId)
    if (!column) continue
    let sum = Decimal.zero
    for (const row of Array.isArray(rows) ? rows : []) {
      const cell =
        typeof row === 'object' && row !== null && Object.hasOwn(row, columnId)
          ? (row as Record<string, unknown>)[columnId]
          : undefined
      sum = sum.add(Decimal.tryParse(cell) ?? Decimal.zero)
    }
    totals[columnId] = format(sum, column)
  }
  return totals
}

function format(sum: Decimal, column: Field): string {
  const places = valueType(column)?.places?.(column)
  return places === undefined ? sum.toString() : sum.toFixed(places)
}
