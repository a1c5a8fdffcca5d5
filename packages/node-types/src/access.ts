import type { ApproverRule, FieldPermissions, FlowNode, NodeKind } from '@signoff/schemas'
import type { EffectiveNode } from './effective.ts'
import { nodeTypes } from './node-types.ts'
import type { NodeOfKind, NodeTypeSpec } from './spec.ts'

/** The spec of a node kind, typed for that kind. */
export function nodeTypeOf<K extends NodeKind>(kind: K): NodeTypeSpec<K> {
  return nodeTypes[kind] as unknown as NodeTypeSpec<K>
}

export function createNode<K extends NodeKind>(kind: K, id: string): NodeOfKind<K> {
  return nodeTypeOf(kind).create(id)
}

/** The node with every optional setting resolved (mode any, actions allowed, retry 3 times, ...). */
export function withDefaults<K extends NodeKind>(node: NodeOfKind<K>): EffectiveNode<K> {
  return nodeTypeOf(node.kind as K).withDefaults(node)
}

/** The approver rules of a node that asks or notifies people; undefined for other kinds. */
export function assigneesOf(node: FlowNode): ApproverRule[] | undefined {
  const property = nodeTypeOf(node.kind as NodeKind).assignees
  if (property === undefined) return undefined
  return (node as unknown as Record<string, ApproverRule[] | undefined>)[property]
}

/** The per-field permissions of a node, or undefined when its kind has none or none are set. */
export function fieldPermissionsOf(node: FlowNode): FieldPermissions | undefined {
  if (!nodeTypeOf(node.kind as NodeKind).fieldPermissions) return undefined
  return (node as { fieldPermissions?: FieldPermissions }).fieldPermissions
}

export function isNodeKind(kind: string): kind is NodeKind {
  return Object.hasOwn(nodeTypes, kind)
}
