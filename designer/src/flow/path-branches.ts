import type { FlowDefinition } from '@signoff/schemas'
import { blockOf, graphOf } from './flow-graph.ts'
import { isBranching, isSplit } from './flow-roles.ts'

/**
 * The branch edges a simulated run takes, from the nodes it visited (the engine reports no more).
 * A branch with steps is taken when its first step was visited. A condition takes one branch, so an
 * empty one (straight to where the branches meet) is taken only when none with steps was; a parallel
 * split takes every branch.
 */
export function branchesOnPath(flow: FlowDefinition, visited: { has: (id: string) => boolean }): Set<string> {
  const taken = new Set<string>()
  const graph = graphOf(flow)
  for (const split of flow.nodes) {
    if (!isSplit(split) || !visited.has(split.id)) continue
    const { branches, merge } = blockOf(flow, split.id, graph)
    const edges = branches.map((branch) => branch.edge)
    const withSteps = edges.filter((edge) => edge.target !== merge && visited.has(edge.target))
    const chosen = !isBranching(split)
      ? edges
      : withSteps.length > 0
        ? withSteps
        : edges.filter((edge) => edge.target === merge)
    for (const edge of chosen) taken.add(edge.id)
  }
  return taken
}
