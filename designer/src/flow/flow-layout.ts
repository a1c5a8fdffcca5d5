import dagre from '@dagrejs/dagre'
import type { ViewEdge, ViewNode } from './flow-view.ts'

/** Room between ranks for the "+" on each edge. */
const spacing = { ranksep: 56, nodesep: 36 }

type Centres = ReadonlyMap<string, { x: number; y: number }>

/** The graph's shape: what the layout depends on (not names, rules or anything else a panel edits). */
function shapeKey(nodes: readonly ViewNode[], edges: readonly ViewEdge[]): string {
  const parts = nodes.map(
    (node) => `${node.id}:${node.width}:${node.height}:${node.type === 'branch' ? node.data.number : ''}`,
  )
  return `${parts.join('|')}#${edges.map((edge) => `${edge.source}>${edge.target}`).join('|')}`
}

// Typing in a panel re-renders the canvas on every key; dagre runs again only when the shape changed.
let last: { key: string; centres: Centres } | undefined

function centresOf(nodes: readonly ViewNode[], edges: readonly ViewEdge[]): Centres {
  const key = shapeKey(nodes, edges)
  if (last?.key === key) return last.centres
  const graph = new dagre.graphlib.Graph()
  graph.setGraph({ rankdir: 'TB', ...spacing })
  graph.setDefaultEdgeLabel(() => ({}))
  for (const node of nodes) graph.setNode(node.id, { width: node.width ?? 0, height: node.height ?? 0 })
  // dagre's first ordering walks successors in the order their edges were added; with branch edges
  // added in branch order and no crossing reduction, a split's columns read left to right in the
  // order its branches are tried (series-parallel flows have no crossings to reduce).
  const number = new Map(
    nodes.flatMap((node) => (node.type === 'branch' ? [[node.id, node.data.number]] : [])),
  )
  const ordered = [...edges].sort((a, b) => (number.get(a.target) ?? 0) - (number.get(b.target) ?? 0))
  for (const edge of ordered) graph.setEdge(edge.source, edge.target)
  dagre.layout(graph, { disableOptimalOrderHeuristic: true })
  const centres = new Map(
    nodes.map((node) => [node.id, { x: graph.node(node.id).x, y: graph.node(node.id).y }]),
  )
  last = { key, centres }
  return centres
}

/**
 * Top-to-bottom layout with dagre. A node the owner dragged keeps its saved position; the rest
 * are placed automatically, so nobody has to arrange boxes.
 */
export function layoutFlow(nodes: ViewNode[], edges: ViewEdge[]): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const centres = centresOf(nodes, edges)
  return {
    nodes: nodes.map((node) => {
      const saved = node.type === 'step' ? node.data.node.position : undefined
      const centre = centres.get(node.id) ?? { x: 0, y: 0 }
      const position = saved ?? {
        x: centre.x - (node.width ?? 0) / 2,
        y: centre.y - (node.height ?? 0) / 2,
      }
      return { ...node, position }
    }),
    edges,
  }
}
