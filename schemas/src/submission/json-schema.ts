/** A JSON Schema (2020-12) object as this module builds it. */
export type JsonSchema = { [keyword: string]: unknown }

/** The schema with the keywords whose value is undefined left out, so optional bounds stay absent. */
export function compact(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined))
}
