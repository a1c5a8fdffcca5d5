import type { Field } from '@signoff/schemas'

/**
 * The type-specific field properties this package reads (see the shared field vocabulary). The generated
 * types do not list them all, so they are read through this one view.
 */
export interface FieldProps {
  multiple?: boolean
  precision?: number
  options?: readonly { value: string }[]
  children?: readonly Field[]
  columns?: readonly Field[]
  totals?: readonly string[]
  expression?: string
  resultType?: 'number' | 'money' | 'text' | 'boolean' | 'date'
}

export function props(field: Field): FieldProps {
  return field as FieldProps
}
