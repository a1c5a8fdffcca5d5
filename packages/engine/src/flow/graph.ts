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
  const bySource = new Map<string, FlowEdge[]>()
  for (const edge of definition.flow.edges) {
    const list = bySource.get(edge.source)
    if (list) list.push(edge)
    else bySource.set(edge.source, [edge])
  }
  // A copy, as the filter gave: callers may sort or change what they get.
  const outgoing = (id: string) => [...(bySource.get(id) ?? [])]
  const start = definition.flow.nodes.find((n) => n.kind === 'start')
  if (!start) throw new Error('the flow has no start node')
  const graph = { node, outgoing, start }
  cache.set(definition.flow, graph)
  return graph
}
