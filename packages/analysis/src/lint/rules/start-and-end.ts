import type { Rule } from '../context.ts'
import { type Finding, finding } from '../finding.ts'
import { isEnd, isStart, nodePath } from '../flow-index.ts'

export const startAndEnd: Rule = ({ flow }) => {
  const findings: Finding[] = []
  const starts = flow.nodes.flatMap((node, i) => (isStart(node) ? [i] : []))
  if (starts.length === 0) {
    findings.push(
      finding('flow.noStart', 'error', '/flow/nodes', 'The flow has no start node', '流程缺少发起节点'),
    )
  }
  for (const i of starts.slice(1)) {
    findings.push(
      finding(
        'flow.manyStarts',
        'error',
        nodePath(i),
        'The flow has more than one start node; it needs exactly one',
        '流程只能有一个发起节点',
      ),
    )
  }
  if (!flow.nodes.some(isEnd)) {
    findings.push(
      finding('flow.noEnd', 'error', '/flow/nodes', 'The flow has no end node', '流程缺少结束节点'),
    )
  }
  return findings
}
