import type { FlowDefinition, FlowNode } from '@signoff/schemas'
import { addBranch, insertOnEdge, removeBranch, removeNode } from '../flow/flow-edits.ts'
import type { InsertableKind } from '../flow/insert-templates.ts'
import type { DesignerStore } from './designer-store.ts'

/**
 * The flow designer's edits on the designer store. Each is one step of the same undo history as
 * the form's edits; an edit that does not apply changes nothing and answers false or null.
 */
export function flowActions(store: DesignerStore) {
  const current = () => store.getState().app?.flow
  const apply = (edit: (flow: FlowDefinition) => FlowDefinition | null): boolean => {
    const flow = current()
    const next = flow && edit(flow)
    if (!next) return false
    store.getState().setFlow(next)
    return true
  }
  const mapNode = (id: string, change: (node: FlowNode) => FlowNode) =>
    apply((flow) => ({ ...flow, nodes: flow.nodes.map((node) => (node.id === id ? change(node) : node)) }))

  return {
    /** Inserts a step (or a branch block) on an edge; returns the id of the node to configure next. */
    insert(edgeId: string, kind: InsertableKind): string | null {
      const flow = current()
      const inserted = flow && insertOnEdge(flow, edgeId, kind)
      if (!inserted) return null
      store.getState().setFlow(inserted.flow)
      return inserted.nodeId
    },
    removeNode: (id: string) => apply((flow) => removeNode(flow, id)),
    removeBranch: (splitId: string, edgeId: string) => apply((flow) => removeBranch(flow, splitId, edgeId)),
    addBranch: (splitId: string) => apply((flow) => addBranch(flow, splitId)),
    /** Sets one property of a node; undefined removes it. */
    setNodeProperty: (id: string, key: string, value: unknown) =>
      mapNode(id, (node) => {
        const next: Record<string, unknown> = { ...node }
        if (value === undefined) delete next[key]
        else next[key] = value
        return next as unknown as FlowNode
      }),
    /** Keeps where the owner dragged a node. */
    moveNode: (id: string, position: { x: number; y: number }) =>
      mapNode(id, (node) => ({
        ...node,
        position: { x: Math.round(position.x), y: Math.round(position.y) },
      })),
    /** Forgets every dragged position, back to the automatic layout. */
    clearPositions: () =>
      apply((flow) =>
        flow.nodes.some((node) => node.position)
          ? {
              ...flow,
              nodes: flow.nodes.map(({ position: _dropped, ...node }) => node as FlowNode),
            }
          : null,
      ),
  }
}

export type FlowActions = ReturnType<typeof flowActions>
