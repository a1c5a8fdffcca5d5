import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { nodePath } from '../flow-index.ts'
import { topLevelValued } from '../form-index.ts'

const dated = new Set(['date', 'datetime'])

/** A timer waiting "until a field" needs a date or date-time field to read. */
export const timerFields: Rule = ({ flow, form }) => {
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    const wait = (node as { wait?: { untilField?: string } }).wait
    const id = wait?.untilField
    if (id === undefined) return
    const entry = topLevelValued(form, id)
    if (entry && dated.has(entry.value)) return
    findings.push(
      finding(
        form.byId.has(id) ? 'timer.untilFieldType' : 'timer.unknownUntilField',
        'error',
        nodePath(n, 'wait', 'untilField'),
        form.byId.has(id)
          ? `Timer '${nameEn(node)}' waits until field '${id}', which is not a top-level date or date-time field`
          : `Timer '${nameEn(node)}' waits until field '${id}', which does not exist`,
        form.byId.has(id)
          ? `延时节点“${nameZh(node)}”等待的字段“${id}”不是表单顶层的日期或日期时间字段`
          : `延时节点“${nameZh(node)}”等待的字段“${id}”不存在`,
      ),
    )
  })
  return findings
}
