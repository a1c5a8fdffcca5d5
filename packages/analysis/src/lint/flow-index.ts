import type { ConditionBranch, FlowDefinition, FlowEdge, FlowNode } from '@signoff/schemas'
import { nameEn } from './finding.ts'
import { under } from './pointer.ts'

export interface EdgeRef {
  edge: FlowEdge
  index: number
}

export interface NodeRef {
  node: FlowNode
  index: number
}

export interface FlowIndex {
  nodes: readonly FlowNode[]
  edges: readonly FlowEdge[]
  /** First node with each id. */
  byId: ReadonlyMap<string, NodeRef>
  /** Edges whose both ends exist, by source and by target node id. */
  outgoing: ReadonlyMap<string, EdgeRef[]>
  incoming: ReadonlyMap<string, EdgeRef[]>
  start?: NodeRef
}

// The graph analyses need to know a few kinds by role; they are named here once.
export const isStart = (node: FlowNode) => node.kind === 'start'
export const isEnd = (node: FlowNode) => node.kind === 'end'
export const isParallel = (node: FlowNode) => node.kind === 'parallel'
export const isJoin = (node: FlowNode) => node.kind === 'join'

export function indexFlow(flow: FlowDefinition): FlowIndex {
  const byId = new Map<string, NodeRef>()
  flow.nodes.forEach((node, index) => {
    if (!byId.has(node.id)) byId.set(node.id, { node, index })
  })
  const outgoing = new Map<string, EdgeRef[]>()
  const incoming = new Map<string, EdgeRef[]>()
  flow.edges.forEach((edge, index) => {
    if (!byId.has(edge.source) || !byId.has(edge.target)) return
    push(outgoing, edge.source, { edge, index })
    push(incoming, edge.target, { edge, index })
  })
  const startIndex = flow.nodes.findIndex(isStart)
  const startNode = flow.nodes[startIndex]
  return {
    nodes: flow.nodes,
    edges: flow.edges,
    byId,
    outgoing,
    incoming,
    ...(startNode ? { start: { node: startNode, index: startIndex } } : {}),
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function successors(flow: FlowIndex, id: string): string[] {
  return (flow.outgoing.get(id) ?? []).map((ref) => ref.edge.target)
}

export function predecessors(flow: FlowIndex, id: string): string[] {
  return (flow.incoming.get(id) ?? []).map((ref) => ref.edge.source)
}

/** Ids of the nodes reachable from `from` (itself included) following `next`. */
export function reachable(from: Iterable<string>, next: (id: string) => string[]): Set<string> {
  const seen = new Set<string>()
  const stack = [...from]
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...next(id))
  }
  return seen
}

export function nodePath(index: number, ...tokens: (string | number)[]): string {
  return under('/flow/nodes', index, ...tokens)
}

export function edgePath(index: number, ...tokens: (string | number)[]): string {
  return under('/flow/edges', index, ...tokens)
}

export function nodeLabel(node: FlowNode): string {
  return `'${nameEn(node)}' (${node.name['zh-CN']})`
}

/** The branches of a condition node; undefined for every other kind. */
export function branchesOf(node: FlowNode): ConditionBranch[] | undefined {
  return 'branches' in node ? node.branches : undefined
}
