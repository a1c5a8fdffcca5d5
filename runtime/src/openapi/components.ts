import { schemaBase } from '@signoff/schemas'
import { apiSchemaBase, apiSchemas } from '../http/api-schemas.ts'
import { apiAjv } from '../http/validation.ts'

type Json = unknown

/** Component name of a schema document: API schemas by their name, definition files by path (fields/text → fields.text). */
function componentName(documentUrl: string): string {
  if (documentUrl.startsWith(apiSchemaBase))
    return documentUrl.slice(apiSchemaBase.length).replace(/\.json$/, '')
  return documentUrl
    .slice(schemaBase.length)
    .replace(/\.schema\.json$/, '')
    .replaceAll('/', '.')
}

/**
 * Rewrites every $ref from "file relative to this document's $id" into a pointer inside the OpenAPI
 * document, and drops $id/$schema, so the document is self-contained for any OpenAPI tool.
 */
function rewrite(value: Json, base: string): Json {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, base))
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, Json> = {}
  for (const [key, item] of Object.entries(value)) {
    if (key === '$id' || key === '$schema') continue
    if (key === '$ref' && typeof item === 'string') {
      const target = new URL(item, base)
      const fragment = decodeURIComponent(target.hash.replace(/^#/, ''))
      target.hash = ''
      out.$ref = `#/components/schemas/${componentName(target.href)}${fragment}`
    } else out[key] = rewrite(item, base)
  }
  return out
}

/** Every definition schema and API schema, keyed by component name, with refs rewritten. */
export function componentSchemas(): Record<string, Json> {
  const components: Record<string, Json> = {}
  for (const [id, env] of Object.entries(apiAjv().schemas)) {
    if (!env || !id.startsWith(schemaBase) || id.startsWith(apiSchemaBase)) continue
    components[componentName(id)] = rewrite(env.schema, id)
  }
  for (const [name, schema] of Object.entries(apiSchemas)) {
    components[name] = rewrite(schema, `${apiSchemaBase}${name}.json`)
  }
  return components
}
