import type { FlowEdge, FlowNode } from '@signoff/schemas'
import type { EngineDefinition } from '../model/definition.ts'

export interface Graph {
  node: (id: string) => FlowNode
  outgoing: (id: string) => FlowEdge[]
  start: FlowNode
}

const cache = new WeakMap<EngineDefinition['flow'], Graph>()

/** Node and edge lookups for a flow; the flow is assumed valid (lint runs before publishing). */
export function graphOf(definition: EngineDefinition): Graph {
  const cached = cache.get(definition.flow)
  if (cached) return cached
  const nodes = new Map(definition.flow.nodes.map((n) => [n.id, n]))
  const node = (id: string): FlowNode => {
    const found = nodes.get(id)
    if (!found) throw new Error(`the flow has no node "${id}"`)
    return found
  }
  const outgoing = (id: string) => definition.flow.edges.filter((e) => e.source === id)
  const start = definition.flow.nodes.find((n) => n.kind === 'start')
  if (!start) throw new Error('the flow has no start node')
  const graph = { node, outgoing, start }
  cache.set(definition.flow, graph)
  return graph
}
