import type { FlowDefinition, FlowEdge } from '@signoff/schemas'

/** Adjacency over a flow's edges, by node id. */
export interface FlowGraph {
  outgoing: ReadonlyMap<string, FlowEdge[]>
  incoming: ReadonlyMap<string, FlowEdge[]>
}

export function graphOf(flow: FlowDefinition): FlowGraph {
  const outgoing = new Map<string, FlowEdge[]>()
  const incoming = new Map<string, FlowEdge[]>()
  for (const edge of flow.edges) {
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge])
    incoming.set(edge.target, [...(incoming.get(edge.target) ?? []), edge])
  }
  return { outgoing, incoming }
}

/** Ids reachable from `from`, itself included. */
export function reachableFrom(graph: FlowGraph, from: string): Set<string> {
  const seen = new Set<string>()
  const stack = [from]
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    for (const edge of graph.outgoing.get(id) ?? []) stack.push(edge.target)
  }
  return seen
}

/** A split (condition or parallel node), its branches and where they meet again. */
export interface Block {
  split: string
  /** The first node every branch reaches (for a parallel split: its join); absent if they never meet. */
  merge?: string
  branches: { edge: FlowEdge; body: Set<string> }[]
}

/**
 * The branches of a split node. A branch's body is what only that branch reaches before the merge,
 * so nested splits belong to the branch that holds them.
 */
export function blockOf(flow: FlowDefinition, split: string, graph = graphOf(flow)): Block {
  const edges = graph.outgoing.get(split) ?? []
  const reaches = edges.map((edge) => reachableFrom(graph, edge.target))
  const [first, ...rest] = reaches
  const common = [...(first ?? [])].filter((id) => id !== split && rest.every((set) => set.has(id)))
  // The earliest common node is the one from which the most other common nodes are reachable.
  let merge: string | undefined
  let best = -1
  for (const id of common) {
    const after = reachableFrom(graph, id)
    const score = common.filter((other) => after.has(other)).length
    if (score > best) {
      best = score
      merge = id
    }
  }
  const beyond = merge ? reachableFrom(graph, merge) : new Set<string>()
  const branches = edges.map((edge, i) => {
    const own = reaches[i] ?? new Set<string>()
    const body = new Set(
      [...own].filter(
        (id) => id !== split && !beyond.has(id) && reaches.every((other, j) => j === i || !other.has(id)),
      ),
    )
    return { edge, body }
  })
  return { split, ...(merge ? { merge } : {}), branches }
}
