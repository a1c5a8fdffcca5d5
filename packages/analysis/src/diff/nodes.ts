import { isNodeKind, withDefaults } from '@signoff/node-types'
import type { AppDefinition, FlowNode } from '@signoff/schemas'
import { nodePath } from '../lint/flow-index.ts'
import { propertyChanges, sameJson } from './compare.ts'
import type { AppDiff, NodeRef } from './types.ts'

function byId(app: AppDefinition): Map<string, { node: FlowNode; ref: NodeRef }> {
  const nodes = new Map<string, { node: FlowNode; ref: NodeRef }>()
  app.flow.nodes.forEach((node, i) => {
    if (nodes.has(node.id)) return
    nodes.set(node.id, { node, ref: { id: node.id, kind: node.kind, name: node.name, path: nodePath(i) } })
  })
  return nodes
}

// Writing out a default (mode: any) is no change in behaviour, so nodes are compared with defaults applied.
function effective(node: FlowNode): object {
  return isNodeKind(node.kind) ? withDefaults(node) : node
}

export function diffNodes(before: AppDefinition, after: AppDefinition): AppDiff['nodes'] {
  const old = byId(before)
  const now = byId(after)
  const result: AppDiff['nodes'] = { added: [], removed: [], changed: [], repositioned: [] }
  for (const [id, item] of now) {
    const previous = old.get(id)
    if (!previous) {
      result.added.push(item.ref)
      continue
    }
    const changes = propertyChanges(effective(previous.node), effective(item.node), ['position'])
    if (changes.length > 0) result.changed.push({ ...item.ref, changes })
    if (!sameJson(previous.node.position, item.node.position)) result.repositioned.push(item.ref)
  }
  for (const [id, item] of old) if (!now.has(id)) result.removed.push(item.ref)
  return result
}
