import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { type FlowIndex, nodePath, successors } from '../flow-index.ts'

/**
 * A route from the start to `to` that never passes `avoid`, as node ids, or undefined when every
 * route passes it (breadth first, so the route shown is a shortest one).
 */
function routeAvoiding(flow: FlowIndex, to: string, avoid: string): string[] | undefined {
  const start = flow.start?.node.id
  if (start === undefined || start === avoid) return undefined
  const cameFrom = new Map<string, string | null>([[start, null]])
  const queue = [start]
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (id === to) {
      const route: string[] = []
      for (let at: string | null | undefined = id; at; at = cameFrom.get(at)) route.unshift(at)
      return route
    }
    for (const next of successors(flow, id)) {
      if (next === avoid || cameFrom.has(next)) continue
      cameFrom.set(next, id)
      queue.push(next)
    }
  }
  return undefined
}

/**
 * An automation's retryFrom sends the instance back to a node a person works on again before the next
 * attempt, so that node must come before the automation on every path to it: otherwise an instance
 * that took another path would be sent somewhere it never was.
 */
export const retryFrom: Rule = ({ flow }) => {
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    if (node.kind !== 'automation' || node.retryFrom === undefined) return
    const target = node.retryFrom
    const path = nodePath(n, 'retryFrom')
    const ref = flow.byId.get(target)
    if (!ref) {
      findings.push(
        finding(
          'flow.retryFromMissing',
          'error',
          path,
          `Automation '${nameEn(node)}' retries from '${target}', which does not exist`,
          `自动化节点“${nameZh(node)}”从“${target}”重试，该节点不存在`,
        ),
      )
      return
    }
    const route = target === node.id ? [node.id] : routeAvoiding(flow, node.id, target)
    if (!route) return
    findings.push(
      finding(
        'flow.retryFromNotEarlier',
        'error',
        path,
        `Automation '${nameEn(node)}' retries from '${nameEn(ref.node)}', which does not come before it on every path: ${route.join(' → ')} passes by it`,
        `自动化节点“${nameZh(node)}”从“${nameZh(ref.node)}”重试，但并非每条到达它的路径都先经过该节点：${route.join(' → ')} 未经过它`,
      ),
    )
  })
  return findings
}
