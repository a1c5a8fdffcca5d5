import { createNode } from '@signoff/node-types'
import type { FlowEdge, FlowNode, NodeKind } from '@signoff/schemas'
import type { FlowIds } from './flow-ids.ts'

/** What an insertion puts on an edge: nodes and their inner edges, entered at `entry`, left from `exits`. */
export interface Fragment {
  nodes: FlowNode[]
  edges: FlowEdge[]
  entry: string
  exits: { source: string; branch?: string }[]
}

type Template = (ids: FlowIds, kind: NodeKind) => Fragment

const single: Template = (ids, kind) => {
  const node = createNode(kind, ids.node(kind))
  return { nodes: [node], edges: [], entry: node.id, exits: [{ source: node.id }] }
}

// A condition starts with the branches node-types gives it (one conditional, one default), each
// going on to the edge's target.
const branching: Template = (ids, kind) => {
  const node = createNode(kind, ids.node(kind))
  const branches = 'branches' in node ? node.branches : []
  return {
    nodes: [node],
    edges: [],
    entry: node.id,
    exits: branches.map((branch) => ({ source: node.id, branch: branch.id })),
  }
}

// A parallel split starts with two empty branches meeting at its own join.
const splitAndJoin: Template = (ids, kind) => {
  const split = createNode(kind, ids.node(kind))
  const join = createNode('join', ids.node('join'))
  const branch = (): FlowEdge => ({ id: ids.edge('e'), source: split.id, target: join.id })
  return { nodes: [split, join], edges: [branch(), branch()], entry: split.id, exits: [{ source: join.id }] }
}

/**
 * How each kind is inserted from an edge's "+" menu, in menu order; null for kinds the owner never
 * inserts alone (start and end exist once, a join comes with its parallel split).
 */
export const insertTemplates = {
  start: null,
  end: null,
  join: null,
  approval: single,
  cc: single,
  handler: single,
  condition: branching,
  parallel: splitAndJoin,
  automation: single,
  timer: single,
} satisfies Record<NodeKind, Template | null>

export type InsertableKind = {
  [K in keyof typeof insertTemplates]: (typeof insertTemplates)[K] extends null ? never : K
}[keyof typeof insertTemplates]

/** The kinds offered on an edge, in the order of the "+" menu. */
export const insertableKinds = (Object.keys(insertTemplates) as NodeKind[]).filter(
  (kind): kind is InsertableKind => insertTemplates[kind] !== null,
)

export function fragmentFor(kind: InsertableKind, ids: FlowIds): Fragment {
  return insertTemplates[kind](ids, kind)
}
