import { nodeTypeOf } from '@signoff/node-types'
import type { FlowNode, NodeKind } from '@signoff/schemas'

// Roles read from each kind's edge counts in node-types, so no kind is named here.
const spec = (node: FlowNode) => nodeTypeOf(node.kind as NodeKind)

/** A node whose outgoing edges start branches (condition, parallel). */
export function isSplit(node: FlowNode): boolean {
  const rule = spec(node).outgoing
  return 'perBranch' in rule || rule.min >= 2
}

/** A split whose branches are chosen by condition, one edge per named branch. */
export function isBranching(node: FlowNode): boolean {
  return 'perBranch' in spec(node).outgoing
}

/** A node where parallel branches meet. */
export function isJoin(node: FlowNode): boolean {
  return spec(node).incoming.min >= 2
}

/** Start and end: the flow's fixed ends, never deleted or inserted. */
export function isTerminal(node: FlowNode): boolean {
  const { incoming, outgoing } = spec(node)
  return incoming.max === 0 || ('max' in outgoing && outgoing.max === 0)
}
