import { conditionSites, fieldComparisons } from '../condition-sites.ts'
import type { Rule } from '../context.ts'
import { type Finding, finding } from '../finding.ts'

/** A condition can only test a field that has a top-level value. */
export const conditionFields: Rule = (context) => {
  const findings: Finding[] = []
  for (const site of conditionSites(context)) {
    for (const { field, path } of fieldComparisons(site.condition, site.path)) {
      const entry = context.form.byId.get(field)
      if (!entry) {
        findings.push(
          finding(
            'condition.unknownField',
            'error',
            path,
            `The condition tests field '${field}', which does not exist`,
            `条件引用的字段“${field}”不存在`,
          ),
        )
      } else if (entry.value === 'none') {
        findings.push(
          finding(
            'condition.fieldNotValued',
            'error',
            path,
            `The condition tests field '${field}', which is layout or static text and has no value`,
            `条件引用的字段“${field}”是布局或说明文字，没有值`,
          ),
        )
      } else if (entry.table) {
        findings.push(
          finding(
            'condition.fieldInTable',
            'error',
            path,
            `The condition tests field '${field}', a column of table '${entry.table.id}' with one value per row; test a total or formula instead`,
            `条件引用的字段“${field}”是明细“${entry.table.id}”的列，每行一个值；请改用合计或公式字段`,
          ),
        )
      }
    }
  }
  return findings
}
