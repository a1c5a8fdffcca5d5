import type { Rule } from '../context.ts'
import { factsOf } from '../field-facts.ts'
import { columnsOf } from '../field-parts.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { under } from '../pointer.ts'

/** A table row is flat: no tables, groups or columns layouts inside it. */
export const tableColumns: Rule = ({ form }) => {
  const findings: Finding[] = []
  for (const { field, path } of form.entries) {
    columnsOf(field)?.forEach((column, k) => {
      if (!factsOf(column)?.container) return
      findings.push(
        finding(
          'form.containerInTable',
          'error',
          under(path, 'columns', k),
          `Column '${nameEn(column)}' of table '${nameEn(field)}' is a ${column.type}; a table's columns must be plain fields`,
          `明细“${nameZh(field)}”的列“${nameZh(column)}”不能是明细、分组或分栏`,
        ),
      )
    })
  }
  return findings
}
