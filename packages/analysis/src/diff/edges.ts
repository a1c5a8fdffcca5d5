import type { AppDefinition, FlowEdge } from '@signoff/schemas'
import { propertyChanges } from './compare.ts'
import type { AppDiff } from './types.ts'

/**
 * Edges are matched by id. An edge removed and another added from the same node and branch is the
 * same connection re-drawn to a new target (designers often replace the id when re-connecting).
 */
export function diffEdges(before: AppDefinition, after: AppDefinition): AppDiff['edges'] {
  const old = new Map(before.flow.edges.map((edge) => [edge.id, edge]))
  const now = new Map(after.flow.edges.map((edge) => [edge.id, edge]))
  const result: AppDiff['edges'] = { added: [], removed: [], changed: [] }
  const added: FlowEdge[] = []
  for (const [id, edge] of now) {
    const previous = old.get(id)
    if (!previous) added.push(edge)
    else {
      const changes = propertyChanges(previous, edge)
      if (changes.length > 0) result.changed.push({ before: previous, after: edge, changes })
    }
  }
  const removed = [...old.values()].filter((edge) => !now.has(edge.id))
  for (const edge of added) {
    const index = removed.findIndex((gone) => gone.source === edge.source && gone.branch === edge.branch)
    const previous = removed[index]
    if (!previous) {
      result.added.push(edge)
      continue
    }
    removed.splice(index, 1)
    result.changed.push({ before: previous, after: edge, changes: propertyChanges(previous, edge) })
  }
  result.removed.push(...removed)
  return result
}
