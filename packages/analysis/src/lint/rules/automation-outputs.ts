import type { Rule } from '../context.ts'
import { factsOf } from '../field-facts.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { nodePath } from '../flow-index.ts'

/** An automation writes its results into fields people could have typed: top-level, valued, not computed. */
export const automationOutputs: Rule = ({ flow, form }) => {
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    const outputs = (node as { outputs?: Record<string, string> }).outputs ?? {}
    for (const [key, id] of Object.entries(outputs)) {
      const entry = form.byId.get(id)
      const path = nodePath(n, 'outputs', key)
      if (!entry) {
        findings.push(
          finding(
            'automation.unknownOutputField',
            'error',
            path,
            `Automation '${nameEn(node)}' writes result '${key}' into field '${id}', which does not exist`,
            `自动化节点“${nameZh(node)}”将结果“${key}”写入不存在的字段“${id}”`,
          ),
        )
      } else if (entry.value === 'none' || entry.table || factsOf(entry.field)?.computed) {
        findings.push(
          finding(
            'automation.outputFieldNotWritable',
            'error',
            path,
            `Automation '${nameEn(node)}' writes result '${key}' into field '${id}', which cannot hold it (layout, static text, formula or table column)`,
            `自动化节点“${nameZh(node)}”将结果“${key}”写入字段“${id}”，但该字段无法写入（布局、说明、公式或明细列）`,
          ),
        )
      }
    }
  })
  return findings
}
