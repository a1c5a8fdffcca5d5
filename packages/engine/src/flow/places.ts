import type { EngineDefinition } from '../model/definition.ts'
import { graphOf } from './graph.ts'

/**
 * Where a node sits among the parallel regions: the branches enclosing it, outermost first, each written
 * "split>edge". A token at the node carries one runtime frame per entry. `undefined`: the node is reached
 * at different places (a malformed flow the lint refuses), so nothing may be sent there across branches.
 */
export type Place = readonly string[]

const cache = new WeakMap<EngineDefinition['flow'], Map<string, Place | undefined>>()

function isPrefix(outer: Place, inner: Place): boolean {
  return outer.length <= inner.length && outer.every((branch, i) => inner[i] === branch)
}

function placesOf(definition: EngineDefinition): Map<string, Place | undefined> {
  const cached = cache.get(definition.flow)
  if (cached) return cached
  const graph = graphOf(definition)
  const nodes = new Map(definition.flow.nodes.map((n) => [n.id, n]))
  const places = new Map<string, Place | undefined>()
  const stack: [string, Place][] = [[graph.start.id, []]]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [id, arriving] = item
    const node = nodes.get(id)
    if (!node) continue
    // A join belongs to the level around the split it closes; a join without a split changes nothing.
    const place = node.kind === 'join' ? arriving.slice(0, -1) : arriving
    if (places.has(id)) {
      const known = places.get(id)
      if (known !== undefined && known.join('|') !== place.join('|')) places.set(id, undefined)
      continue
    }
    places.set(id, place)
    for (const edge of graph.outgoing(id))
      stack.push([edge.target, node.kind === 'parallel' ? [...place, `${id}>${edge.id}`] : place])
  }
  cache.set(definition.flow, places)
  return places
}

/**
 * How many of the token's frames a token sent from `from` back to `to` keeps: the target must lie outside
 * every parallel region, or in the same branch (of the same region) as `from` or in one around it.
 * Undefined when it does not, so a rejection there cannot leave a token without its frames.
 */
export function framesKept(
  definition: EngineDefinition,
  from: string,
  to: string,
  frames: number,
): number | undefined {
  const places = placesOf(definition)
  const source = places.get(from)
  const target = places.get(to)
  if (source === undefined || target === undefined || source.length !== frames) return undefined
  return isPrefix(target, source) ? target.length : undefined
}
