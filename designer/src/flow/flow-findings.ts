import type { Finding } from '@signoff/analysis'
import type { FlowDefinition } from '@signoff/schemas'

/** Where in the flow a finding's JSON Pointer points: a node, and for branches the edge that leaves by it. */
export interface FlowSpot {
  nodeId: string
  /** The edge of the branch the finding is about (a branch's condition, a branch without an edge). */
  edgeId?: string
}

const nodePointer = /^\/flow\/nodes\/(\d+)(?:\/branches\/(\d+))?/
const edgePointer = /^\/flow\/edges\/(\d+)/

export function spotOf(flow: FlowDefinition, path: string): FlowSpot | null {
  const onNode = nodePointer.exec(path)
  if (onNode) {
    const node = flow.nodes[Number(onNode[1])]
    if (!node) return null
    const branch =
      onNode[2] !== undefined && 'branches' in node ? node.branches[Number(onNode[2])] : undefined
    const edge = branch && flow.edges.find((item) => item.source === node.id && item.branch === branch.id)
    return { nodeId: node.id, ...(edge ? { edgeId: edge.id } : {}) }
  }
  const onEdge = edgePointer.exec(path)
  const edge = onEdge ? flow.edges[Number(onEdge[1])] : undefined
  if (!edge) return null
  // An edge's problem is shown where the owner drew it from; a condition's edges are its branches.
  return flow.nodes.some((node) => node.id === edge.source) ? { nodeId: edge.source, edgeId: edge.id } : null
}

export interface PlacedFlowFindings {
  byNode: Map<string, Finding[]>
  byBranch: Map<string, Finding[]>
}

/** Sorts findings onto the nodes (and branch cards) they concern; the rest stay off the canvas. */
export function placeFlowFindings(
  flow: FlowDefinition,
  findings: readonly Finding[],
  isBranchEdge: (edgeId: string) => boolean,
): PlacedFlowFindings {
  const byNode = new Map<string, Finding[]>()
  const byBranch = new Map<string, Finding[]>()
  const add = (map: Map<string, Finding[]>, key: string, item: Finding) =>
    map.set(key, [...(map.get(key) ?? []), item])
  for (const item of findings) {
    const spot = spotOf(flow, item.path)
    if (!spot) continue
    if (spot.edgeId && isBranchEdge(spot.edgeId)) add(byBranch, spot.edgeId, item)
    else add(byNode, spot.nodeId, item)
  }
  return { byNode, byBranch }
}
