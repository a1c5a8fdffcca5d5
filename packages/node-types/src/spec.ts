import type { FlowNode, I18NText, NodeKind } from '@signoff/schemas'
import type { EffectiveNode } from './effective.ts'

/** The node of one kind, as the flow schema defines it. */
export type NodeOfKind<K extends NodeKind> = Extract<FlowNode, { kind: K }>

/** How many edges may enter or leave a node: at least `min`, at most `max` (no `max`: unbounded). */
export interface EdgeCount {
  min: number
  max?: number
}

/**
 * Outgoing edges are either counted, or (for a condition node) exactly one per branch, each edge
 * naming the branch it follows.
 */
export type OutgoingRule = EdgeCount | { perBranch: true }

/** The property of a node that lists who is asked or told. */
export type AssigneeProperty = 'approvers' | 'handlers' | 'recipients'

export interface NodeTypeSpec<K extends NodeKind> {
  label: Required<I18NText>
  /** A Lucide icon name. */
  icon: string
  /** CSS colour of the node's header in the designer. */
  color: string
  /** A valid node of this kind with sensible defaults, ready to drop onto the canvas. */
  create: (id: string) => NodeOfKind<K>
  incoming: EdgeCount
  outgoing: OutgoingRule
  /** Which property holds the people the node assigns tasks to or notifies, if any. */
  assignees?: AssigneeProperty & keyof NodeOfKind<K>
  /** Whether the node carries per-field permissions (`fieldPermissions`). */
  fieldPermissions: boolean
  /** Whether a rejection elsewhere may send the instance back to a node of this kind. */
  rejectTarget: boolean
  /** Fills in every optional setting whose absence has a defined meaning. */
  withDefaults: (node: NodeOfKind<K>) => EffectiveNode<K>
}
