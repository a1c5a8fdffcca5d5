import { type EdgeCount, isNodeKind, nodeTypeOf } from '@signoff/node-types'
import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { nodePath } from '../flow-index.ts'

function describe(count: EdgeCount): { en: string; zh: string } {
  if (count.max === count.min) return { en: `exactly ${count.min}`, zh: `恰好 ${count.min} 条` }
  if (count.max === undefined) return { en: `at least ${count.min}`, zh: `至少 ${count.min} 条` }
  return { en: `${count.min} to ${count.max}`, zh: `${count.min} 到 ${count.max} 条` }
}

const directions = {
  incoming: { en: 'incoming', zh: '进入' },
  outgoing: { en: 'outgoing', zh: '离开' },
} as const

/** Edge counts per node kind, as node-types states them (a condition's branches are checked by branchEdges). */
export const edgeCounts: Rule = ({ flow }) => {
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    if (!isNodeKind(node.kind) || flow.byId.get(node.id)?.index !== n) return
    const spec = nodeTypeOf(node.kind)
    for (const direction of ['incoming', 'outgoing'] as const) {
      const rule = spec[direction]
      if ('perBranch' in rule) continue
      const actual = (flow[direction].get(node.id) ?? []).length
      if (actual >= rule.min && (rule.max === undefined || actual <= rule.max)) continue
      const wanted = describe(rule)
      const label = spec.label
      findings.push(
        finding(
          `flow.${direction}EdgeCount`,
          'error',
          nodePath(n),
          `${label.en} node '${nameEn(node)}' has ${actual} ${directions[direction].en} edges; it needs ${wanted.en}`,
          `${label['zh-CN']}节点“${nameZh(node)}”有 ${actual} 条${directions[direction].zh}的连线，应为${wanted.zh}`,
        ),
      )
    }
  })
  return findings
}
