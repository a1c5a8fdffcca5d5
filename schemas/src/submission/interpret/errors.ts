/** A failed check in the shape Ajv reports it (with `verbose`), so callers read both alike. */
export interface SchemaError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
  schema?: unknown
  parentSchema?: unknown
  data?: unknown
}

/** A JSON Pointer segment: "~" and "/" escaped (RFC 6901), as Ajv writes instance paths. */
export const pointerSegment = (segment: string | number): string =>
  typeof segment === 'number' ? String(segment) : segment.replace(/~/g, '~0').replace(/\//g, '~1')

/** A schema path segment: a pointer segment, URI-encoded as Ajv writes `schemaPath`. */
export const fragmentSegment = (segment: string | number): string =>
  encodeURIComponent(pointerSegment(segment))
