import type { Finding } from '@signoff/analysis'
import { nodeTypeOf } from '@signoff/node-types'
import type { ConditionBranch, FlowDefinition, FlowNode, NodeKind } from '@signoff/schemas'
import { type Edge, type Node, type NodeHandle, Position } from '@xyflow/react'
import { describeCondition } from './condition-summary.ts'
import { placeFlowFindings } from './flow-findings.ts'
import { layoutFlow } from './flow-layout.ts'
import { isSplit } from './flow-roles.ts'
import { facetOf, shapeSizes, summaryOf } from './node-facets.ts'
import { branchesOnPath } from './path-branches.ts'
import type { SummaryContext } from './summary-context.ts'

/** A simulated run: the nodes it passes, with who would be asked at each (names, joined). */
export type SimulatedPath = ReadonlyMap<string, string>

export interface StepData extends Record<string, unknown> {
  node: FlowNode
  summary: string
  findings: Finding[]
  /** Set while a simulation is shown: whether the run passes here, and who it would ask. */
  path?: { on: boolean; asked: string }
}

/** A branch leaving a split, drawn as its own card so each branch gets a column (DingTalk style). */
export interface BranchData extends Record<string, unknown> {
  splitId: string
  edgeId: string
  /** The split's kind colour. */
  color: string
  /** Position among the split's branches, from 1. */
  number: number
  branch?: ConditionBranch
  /** The branch's condition in words. */
  summary: string
  /** False for a condition's default branch while other branches remain (it is the way out). */
  removable: boolean
  findings: Finding[]
  /** Set while a simulation is shown: whether the run takes this branch. */
  path?: { on: boolean }
}

/** An edge the owner can insert on has the id of the definition's edge it stands for. */
export interface PlusData extends Record<string, unknown> {
  edgeId?: string
}

export type StepNode = Node<StepData, 'step'>
export type BranchNode = Node<BranchData, 'branch'>
export type ViewNode = StepNode | BranchNode
export type ViewEdge = Edge<PlusData, 'plus'>

export const branchNodeId = (edgeId: string) => `branch:${edgeId}`

/** Every node is entered at the top centre and left at the bottom centre; known up front, so edges need no measuring. */
function handlesFor({ width, height }: { width: number; height: number }): NodeHandle[] {
  return [
    { type: 'target', position: Position.Top, x: width / 2, y: 0, width: 1, height: 1 },
    { type: 'source', position: Position.Bottom, x: width / 2, y: height, width: 1, height: 1 },
  ]
}

/**
 * The canvas for a flow: a card per node, a branch card on every edge leaving a split, edges with
 * a "+" wherever a step can go, laid out top to bottom unless the owner placed a node by hand.
 */
export function flowView(
  flow: FlowDefinition,
  findings: readonly Finding[],
  ctx: SummaryContext,
  path?: SimulatedPath,
): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const splits = new Set(flow.nodes.filter(isSplit).map((node) => node.id))
  const branchEdges = new Set(flow.edges.filter((edge) => splits.has(edge.source)).map((edge) => edge.id))
  const placed = placeFlowFindings(flow, findings, (id) => branchEdges.has(id))
  const nodes: ViewNode[] = flow.nodes.map((node) => {
    const size = shapeSizes[facetOf(node).shape]
    return {
      id: node.id,
      type: 'step',
      position: { x: 0, y: 0 },
      ...size,
      handles: handlesFor(size),
      data: {
        node,
        summary: summaryOf(node, ctx, flow),
        findings: placed.byNode.get(node.id) ?? [],
        ...(path ? { path: { on: path.has(node.id), asked: path.get(node.id) ?? '' } } : {}),
      },
    }
  })
  const taken = path ? branchesOnPath(flow, path) : undefined
  const edges: ViewEdge[] = []
  const numbers = new Map<string, number>()
  for (const edge of flow.edges) {
    if (!branchEdges.has(edge.id)) {
      edges.push({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: 'plus',
        data: { edgeId: edge.id },
      })
      continue
    }
    const split = flow.nodes.find((node) => node.id === edge.source)
    const count = (numbers.get(edge.source) ?? 0) + 1
    numbers.set(edge.source, count)
    const branches = split && 'branches' in split ? split.branches : undefined
    const branch = branches?.find((item) => item.id === edge.branch)
    // A condition's branches are numbered in the order they are tried; parallel ones as drawn.
    const number = branch && branches ? branches.indexOf(branch) + 1 : count
    const id = branchNodeId(edge.id)
    nodes.push({
      id,
      type: 'branch',
      position: { x: 0, y: 0 },
      ...shapeSizes.branch,
      handles: handlesFor(shapeSizes.branch),
      data: {
        splitId: edge.source,
        edgeId: edge.id,
        color: split ? nodeTypeOf(split.kind as NodeKind).color : '',
        number,
        ...(branch ? { branch } : {}),
        summary: branch?.condition ? describeCondition(branch.condition, ctx) : '',
        removable: !(branch?.default && (branches?.length ?? 0) > 2),
        findings: placed.byBranch.get(edge.id) ?? [],
        ...(taken ? { path: { on: taken.has(edge.id) } } : {}),
      },
    })
    edges.push({ id: `${id}:in`, source: edge.source, target: id, type: 'plus', data: {} })
    edges.push({ id: `${id}:out`, source: id, target: edge.target, type: 'plus', data: { edgeId: edge.id } })
  }
  return layoutFlow(nodes, edges)
}
