import type { NodeKind } from '@signoff/schemas'
import nodeBase from '@signoff/schemas/json/node-base.schema.json'
import approval from '@signoff/schemas/json/nodes/approval.schema.json'
import automation from '@signoff/schemas/json/nodes/automation.schema.json'
import cc from '@signoff/schemas/json/nodes/cc.schema.json'
import condition from '@signoff/schemas/json/nodes/condition.schema.json'
import end from '@signoff/schemas/json/nodes/end.schema.json'
import handler from '@signoff/schemas/json/nodes/handler.schema.json'
import join from '@signoff/schemas/json/nodes/join.schema.json'
import parallel from '@signoff/schemas/json/nodes/parallel.schema.json'
import start from '@signoff/schemas/json/nodes/start.schema.json'
import timer from '@signoff/schemas/json/nodes/timer.schema.json'
import type { JsonSchemaNode } from '../../properties/json-schema-node.ts'

/** Each kind's node schema, the source of its property panel. */
export const nodeSchemas = {
  approval,
  automation,
  cc,
  condition,
  end,
  handler,
  join,
  parallel,
  start,
  timer,
} satisfies Record<NodeKind, object>

// Every node has these; the panel's header edits the name, the rest is not the owner's to set.
const base = new Set(Object.keys((nodeBase as JsonSchemaNode).properties ?? {}))

/** The kind's own properties in schema order, with their schemas. */
export function ownProperties(kind: NodeKind): [string, JsonSchemaNode][] {
  const schema = nodeSchemas[kind] as JsonSchemaNode
  return Object.entries(schema.properties ?? {}).filter(([key]) => !base.has(key))
}

export function requiredOf(kind: NodeKind): readonly string[] {
  return (nodeSchemas[kind] as JsonSchemaNode).required ?? []
}
