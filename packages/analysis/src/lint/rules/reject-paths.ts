import type { RejectTarget } from '@signoff/schemas'
import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { type FlowIndex, isJoin, isParallel, nodePath } from '../flow-index.ts'

/** The parallel branches around a node, outermost first ("split>edge"); undefined when reached at several. */
type Place = readonly string[] | undefined

function placesOf(flow: FlowIndex): Map<string, Place> {
  const places = new Map<string, Place>()
  const start = flow.start?.node.id
  const stack: [string, readonly string[]][] = start === undefined ? [] : [[start, []]]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [id, arriving] = item
    const node = flow.byId.get(id)?.node
    if (!node) continue
    // A join belongs to the level around the split it closes.
    const place = isJoin(node) ? arriving.slice(0, -1) : arriving
    if (places.has(id)) {
      const known = places.get(id)
      if (known !== undefined && known.join('|') !== place.join('|')) places.set(id, undefined)
      continue
    }
    places.set(id, place)
    for (const { edge } of flow.outgoing.get(id) ?? [])
      stack.push([edge.target, isParallel(node) ? [...place, `${id}>${edge.id}`] : place])
  }
  return places
}

const within = (outer: readonly string[], inner: readonly string[]) =>
  outer.length <= inner.length && outer.every((branch, i) => inner[i] === branch)

/**
 * A rejection goes back along its own path: the target lies outside every parallel region, or in the
 * same branch of the same region as the rejecting node (or of one around it). Elsewhere no path could
 * carry the right parallel bookkeeping, so the engine would end the instance instead.
 */
export const rejectPaths: Rule = ({ flow }) => {
  const places = placesOf(flow)
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    const target = (node as { actions?: { rejectTo?: RejectTarget } }).actions?.rejectTo
    if (target?.target !== 'node') return
    const from = places.get(node.id)
    const to = places.get(target.node)
    // Unknown or unreachable targets and malformed regions are reported by their own rules.
    if (from === undefined || to === undefined || within(to, from)) return
    findings.push(
      finding(
        'flow.rejectTargetOtherBranch',
        'error',
        nodePath(n, 'actions', 'rejectTo'),
        `Node '${nameEn(node)}' rejects to '${target.node}', which is in a parallel branch it is not on; reject to a node on its own branch or outside the parallel region`,
        `节点“${nameZh(node)}”驳回至“${target.node}”，但该节点位于它所不在的并行分支中；请驳回至同一分支或并行区域之外的节点`,
      ),
    )
  })
  return findings
}
