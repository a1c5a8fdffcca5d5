/** The part of JSON Schema 2020-12 the designer reads to build property editors. */
export interface JsonSchemaNode {
  $ref?: string
  type?: string | string[]
  const?: unknown
  enum?: readonly unknown[]
  default?: unknown
  description?: string
  title?: string
  pattern?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  items?: JsonSchemaNode
  properties?: Record<string, JsonSchemaNode>
  required?: readonly string[]
  allOf?: readonly JsonSchemaNode[]
  anyOf?: readonly JsonSchemaNode[]
  oneOf?: readonly JsonSchemaNode[]
  $defs?: Record<string, JsonSchemaNode>
}
