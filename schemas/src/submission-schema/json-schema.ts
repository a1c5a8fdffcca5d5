import type { FieldType } from '../generated/kinds.ts'
import type { Field } from '../generated/types.ts'

/** A JSON Schema (2020-12) object, as built here and handed to Ajv. */
export type JsonSchema = { [keyword: string]: unknown } | boolean

/** The member of the Field union whose type is T. */
export type FieldOf<T extends FieldType> = Extract<Field, { type: T }>

/** "金额" (amount): what people called the field, and the id to find it by. */
export function fieldName(field: Field): string {
  const label = field.label['zh-CN']
  return label === field.id ? `"${field.id}"` : `"${label}" (${field.id})`
}
