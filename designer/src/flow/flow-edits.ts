import type { FlowDefinition, FlowEdge, FlowNode } from '@signoff/schemas'
import { numberedBranchName } from './branch-names.ts'
import { type Block, blockOf, graphOf } from './flow-graph.ts'
import { flowIds, idSource } from './flow-ids.ts'
import { isBranching, isJoin, isSplit, isTerminal } from './flow-roles.ts'
import { fragmentFor, type InsertableKind } from './insert-templates.ts'

/** Pure edits of a flow definition. Each returns null when the edit does not apply there. */

export interface Inserted {
  flow: FlowDefinition
  /** The node the owner will want to configure next. */
  nodeId: string
}

export function insertOnEdge(flow: FlowDefinition, edgeId: string, kind: InsertableKind): Inserted | null {
  const edge = flow.edges.find((item) => item.id === edgeId)
  if (!edge) return null
  const ids = flowIds(flow)
  const fragment = fragmentFor(kind, ids)
  const exits = fragment.exits.map(
    (exit): FlowEdge => ({
      id: ids.edge('e'),
      source: exit.source,
      target: edge.target,
      ...(exit.branch ? { branch: exit.branch } : {}),
    }),
  )
  const at = flow.nodes.findIndex((node) => node.id === edge.source) + 1
  return {
    flow: {
      nodes: [...flow.nodes.slice(0, at), ...fragment.nodes, ...flow.nodes.slice(at)],
      edges: [
        ...flow.edges.map((item) => (item.id === edgeId ? { ...item, target: fragment.entry } : item)),
        ...fragment.edges,
        ...exits,
      ],
    },
    nodeId: fragment.entry,
  }
}

/** Removes nodes and the edges touching them, after moving the edges that enter `from` to `to`. */
function cut(flow: FlowDefinition, removed: Set<string>, from: string, to: string): FlowDefinition {
  const edges = flow.edges
    .map((edge) => (edge.target === from ? { ...edge, target: to } : edge))
    .filter((edge) => !removed.has(edge.source) && !removed.has(edge.target))
  return { nodes: forgetNodes(flow.nodes, removed), edges }
}

/** Drops the removed nodes, and rejections or retries that sent the instance back to one of them. */
function forgetNodes(nodes: readonly FlowNode[], removed: Set<string>): FlowNode[] {
  return nodes
    .filter((node) => !removed.has(node.id))
    .map((node) => forgetRetry(forgetRejection(node, removed), removed))
}

function forgetRejection(node: FlowNode, removed: Set<string>): FlowNode {
  const actions = 'actions' in node ? node.actions : undefined
  const back = actions?.rejectTo
  if (!actions || back?.target !== 'node' || !removed.has(back.node)) return node
  const { rejectTo: _gone, ...rest } = actions
  return { ...node, actions: rest } as FlowNode
}

function forgetRetry(node: FlowNode, removed: Set<string>): FlowNode {
  if (!('retryFrom' in node) || node.retryFrom === undefined || !removed.has(node.retryFrom)) return node
  const { retryFrom: _gone, ...rest } = node
  return rest as FlowNode
}

/** Where the flow goes on after a block: its merge, or past the join that closes a parallel split. */
function after(flow: FlowDefinition, block: Block): { next: string; closing?: string } | null {
  const merge = flow.nodes.find((node) => node.id === block.merge)
  if (!merge) return null
  const split = flow.nodes.find((node) => node.id === block.split)
  if (!split || isBranching(split) || !isJoin(merge)) return { next: merge.id }
  const onward = flow.edges.filter((edge) => edge.source === merge.id)
  const [only] = onward
  return onward.length === 1 && only ? { next: only.target, closing: merge.id } : null
}

/** Removes a split with all its branches (and its join); what entered it goes on to what followed. */
export function removeBlock(flow: FlowDefinition, splitId: string): FlowDefinition | null {
  const block = blockOf(flow, splitId)
  const end = after(flow, block)
  if (!end) return null
  const removed = new Set([splitId, ...block.branches.flatMap((branch) => [...branch.body])])
  if (end.closing) removed.add(end.closing)
  return cut(flow, removed, splitId, end.next)
}

/**
 * Removes one node. A plain node's predecessors are connected to its successor; a split goes with
 * its whole block, and so does a join with the split it closes. Start and end stay.
 */
export function removeNode(flow: FlowDefinition, nodeId: string): FlowDefinition | null {
  const node = flow.nodes.find((item) => item.id === nodeId)
  if (!node || isTerminal(node)) return null
  if (isSplit(node)) return removeBlock(flow, nodeId)
  if (isJoin(node)) {
    const split = flow.nodes.find((item) => isSplit(item) && blockOf(flow, item.id).merge === nodeId)
    return split ? removeBlock(flow, split.id) : null
  }
  const onward = flow.edges.filter((edge) => edge.source === nodeId)
  const [only] = onward
  if (onward.length !== 1 || !only) return null
  return cut(flow, new Set([nodeId]), nodeId, only.target)
}

function withoutBranch(node: FlowNode, branchId: string | undefined): FlowNode {
  if (!('branches' in node)) return node
  return { ...node, branches: node.branches.filter((branch) => branch.id !== branchId) }
}

/**
 * Removes the branch that leaves `splitId` by `edgeId`, with the nodes only it reaches. When one
 * branch would be left, the split dissolves and that branch's nodes stay in line. A condition's
 * default branch stays while there are other branches, so the condition always has a way out.
 */
export function removeBranch(flow: FlowDefinition, splitId: string, edgeId: string): FlowDefinition | null {
  const split = flow.nodes.find((node) => node.id === splitId)
  const graph = graphOf(flow)
  const block = blockOf(flow, splitId, graph)
  const branch = block.branches.find((item) => item.edge.id === edgeId)
  if (!split || !branch) return null
  if (block.branches.length <= 2) return dissolve(flow, block, edgeId)
  const isDefault =
    'branches' in split &&
    split.branches.some((item) => item.id === branch.edge.branch && item.default === true)
  if (isDefault) return null
  const removed = new Set(branch.body)
  return {
    nodes: forgetNodes(flow.nodes, removed).map((node) =>
      node.id === splitId ? withoutBranch(node, branch.edge.branch) : node,
    ),
    edges: flow.edges.filter(
      (edge) => edge.id !== edgeId && !removed.has(edge.source) && !removed.has(edge.target),
    ),
  }
}

/** Drops a split down to the branch that is not `dropEdgeId`, which takes the split's place. */
function dissolve(flow: FlowDefinition, block: Block, dropEdgeId: string): FlowDefinition | null {
  const kept = block.branches.find((branch) => branch.edge.id !== dropEdgeId)
  const dropped = block.branches.filter((branch) => branch !== kept)
  const end = after(flow, block)
  if (!kept || !end) return null
  const removed = new Set([block.split, ...dropped.flatMap((branch) => [...branch.body])])
  const closing = end.closing
  if (closing) removed.add(closing)
  const entry = kept.edge.target === closing ? end.next : kept.edge.target
  const moved = closing
    ? flow.edges.map((edge) => (edge.target === closing ? { ...edge, target: end.next } : edge))
    : flow.edges
  return cut({ nodes: flow.nodes, edges: moved }, removed, block.split, entry)
}

/** Adds a branch to a condition (before its default branch) or a parallel split, leading to where the branches meet. */
export function addBranch(flow: FlowDefinition, splitId: string): FlowDefinition | null {
  const split = flow.nodes.find((node) => node.id === splitId)
  const block = blockOf(flow, splitId)
  if (!split || !isSplit(split) || !block.merge) return null
  const edge: FlowEdge = { id: flowIds(flow).edge('e'), source: splitId, target: block.merge }
  if (!('branches' in split)) return { nodes: flow.nodes, edges: [...flow.edges, edge] }
  const id = idSource(split.branches.map((branch) => branch.id))('branch')
  const n = split.branches.length
  const added = { id, name: numberedBranchName(n), condition: { cel: 'true' } }
  const at = split.branches.findIndex((branch) => branch.default === true)
  const branches = [...split.branches]
  branches.splice(at < 0 ? branches.length : at, 0, added)
  return {
    nodes: flow.nodes.map((node) => (node.id === splitId ? { ...split, branches } : node)),
    edges: [...flow.edges, { ...edge, branch: id }],
  }
}
