import type { FlowDefinition } from '@signoff/schemas'

/** Hands out ids not yet taken: `base1`, `base2`, … (identifiers, so expressions may name them). */
export function idSource(taken: Iterable<string>): (base: string) => string {
  const used = new Set(taken)
  return (base) => {
    let n = 1
    while (used.has(`${base}${n}`)) n += 1
    const id = `${base}${n}`
    used.add(id)
    return id
  }
}

/** Fresh node ids and edge ids for one edit of a flow. */
export function flowIds(flow: FlowDefinition) {
  return {
    node: idSource(flow.nodes.map((node) => node.id)),
    edge: idSource(flow.edges.map((edge) => edge.id)),
  }
}

export type FlowIds = ReturnType<typeof flowIds>
