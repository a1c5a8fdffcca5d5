import type { Rule } from '../context.ts'
import { type Finding, finding } from '../finding.ts'
import {
  edgePath,
  type FlowIndex,
  isEnd,
  isJoin,
  isParallel,
  nodeLabel,
  nodePath,
  successors,
} from '../flow-index.ts'

interface Region {
  /** The join the branches reach, if there is exactly one (some paths may still bypass it). */
  join?: string
  joins: Set<string>
  ends: Set<string>
  /** Nodes visited per branch, before the join. */
  branches: Set<string>[]
}

/**
 * Walks each branch of a parallel split up to the first join, stepping over nested parallel regions
 * (from a nested split straight to its own join).
 */
function regionsOf(flow: FlowIndex): Map<string, Region> {
  const regions = new Map<string, Region>()
  const walking = new Set<string>()
  const regionOf = (split: string): Region | undefined => {
    const known = regions.get(split)
    if (known || walking.has(split)) return known
    walking.add(split)
    const region: Region = { joins: new Set(), ends: new Set(), branches: [] }
    for (const first of successors(flow, split)) {
      const seen = new Set<string>()
      const stack = [first]
      for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
        const node = flow.byId.get(id)?.node
        if (!node || seen.has(id) || id === split) continue
        seen.add(id)
        if (isJoin(node)) region.joins.add(id)
        else if (isEnd(node)) region.ends.add(id)
        else if (isParallel(node)) {
          const inner = regionOf(id)?.join
          if (inner) {
            seen.add(inner)
            stack.push(...successors(flow, inner))
          }
        } else stack.push(...successors(flow, id))
      }
      region.branches.push(seen)
    }
    const [only] = region.joins
    if (region.joins.size === 1 && only) region.join = only
    walking.delete(split)
    regions.set(split, region)
    return region
  }
  for (const node of flow.nodes) if (isParallel(node)) regionOf(node.id)
  return regions
}

/** Parallel branches run at once and must all meet at one join, and nowhere else. */
export const parallelJoins: Rule = ({ flow }) => {
  const findings: Finding[] = []
  const regions = regionsOf(flow)
  const splitsOfJoin = new Map<string, string[]>()
  for (const [split, region] of regions) {
    const ref = flow.byId.get(split)
    if (!ref) continue
    const label = nodeLabel(ref.node)
    if (region.ends.size > 0) {
      const ends = [...region.ends].map((id) => `'${id}'`).join(', ')
      findings.push(
        finding(
          'flow.parallelBypassesJoin',
          'error',
          nodePath(ref.index),
          `A path from parallel node ${label} reaches end ${ends} without passing a join; every branch must meet at the join first`,
          `从并行节点${label}出发的路径未经汇合节点就到达了结束节点 ${ends}；所有分支都必须先汇合`,
        ),
      )
    }
    if (region.joins.size !== 1) {
      const joins = [...region.joins].map((id) => `'${id}'`).join(', ')
      findings.push(
        finding(
          'flow.parallelWithoutJoin',
          'error',
          nodePath(ref.index),
          region.joins.size === 0
            ? `The branches of parallel node ${label} never meet at a join`
            : `The branches of parallel node ${label} reach different joins (${joins}); they must all meet at one`,
          region.joins.size === 0
            ? `并行节点${label}的分支没有汇合节点`
            : `并行节点${label}的分支到达了不同的汇合节点（${joins}），必须汇合到同一个`,
        ),
      )
    }
    const merged = region.branches.flatMap((nodes, i) =>
      [...nodes].filter(
        (id) =>
          !region.joins.has(id) &&
          !region.ends.has(id) &&
          region.branches.some((other, j) => j < i && other.has(id)),
      ),
    )
    for (const id of new Set(merged)) {
      findings.push(
        finding(
          'flow.parallelBranchesMerge',
          'error',
          nodePath(ref.index),
          `Branches of parallel node ${label} meet at '${id}' before the join; only a join may bring parallel branches together`,
          `并行节点${label}的分支在汇合节点之前就在“${id}”相遇；只有汇合节点可以合并并行分支`,
        ),
      )
    }
    if (region.join) splitsOfJoin.set(region.join, [...(splitsOfJoin.get(region.join) ?? []), split])
  }
  flow.nodes.forEach((node, i) => {
    if (!isJoin(node)) return
    const splits = splitsOfJoin.get(node.id) ?? []
    const label = nodeLabel(node)
    if (splits.length === 0) {
      findings.push(
        finding(
          'flow.joinWithoutParallel',
          'error',
          nodePath(i),
          `Join node ${label} does not close any parallel split`,
          `汇合节点${label}没有对应的并行分支`,
        ),
      )
      return
    }
    if (splits.length > 1) {
      findings.push(
        finding(
          'flow.joinSharedByParallels',
          'error',
          nodePath(i),
          `Join node ${label} closes several parallel splits (${splits.join(', ')}); each split needs its own join`,
          `汇合节点${label}同时汇合了多个并行分支（${splits.join('、')}），每个并行分支需要各自的汇合节点`,
        ),
      )
      return
    }
    const [split = ''] = splits
    const inside = new Set([split, ...(regions.get(split)?.branches.flatMap((nodes) => [...nodes]) ?? [])])
    for (const { edge, index } of flow.incoming.get(node.id) ?? []) {
      if (inside.has(edge.source)) continue
      findings.push(
        finding(
          'flow.joinFromOutside',
          'error',
          edgePath(index, 'target'),
          `Edge '${edge.id}' enters join node ${label} from '${edge.source}', which is not on a branch of parallel node '${split}'`,
          `连线“${edge.id}”从“${edge.source}”进入汇合节点${label}，但“${edge.source}”不在并行节点“${split}”的分支上`,
        ),
      )
    }
  })
  return findings
}
