import type { Field } from '@signoff/schemas'

// Read through `unknown` so the lint copes with any field shape the schema accepts.
function arrayProperty(field: Field, name: string): unknown[] | undefined {
  const value = (field as unknown as Record<string, unknown>)[name]
  return Array.isArray(value) ? value : undefined
}

/** Nested fields of a group or columns layout. */
export function childrenOf(field: Field): Field[] | undefined {
  return arrayProperty(field, 'children') as Field[] | undefined
}

/** Columns of a detail table. */
export function columnsOf(field: Field): Field[] | undefined {
  return arrayProperty(field, 'columns') as Field[] | undefined
}

export interface FieldOption {
  value: string
  label?: unknown
}

export function optionsOf(field: Field): FieldOption[] | undefined {
  return arrayProperty(field, 'options') as FieldOption[] | undefined
}

/** Decimal places a numeric field keeps; undefined when unlimited. */
export function precisionOf(field: Field, fallback: number | undefined): number | undefined {
  const precision = (field as { precision?: unknown }).precision
  return typeof precision === 'number' ? precision : fallback
}
