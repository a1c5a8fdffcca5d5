import type { Rule } from '../context.ts'
import { optionsOf } from '../field-parts.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { under } from '../pointer.ts'

/** A submitted option value must say which option was picked. */
export const duplicateOptionValues: Rule = ({ form }) => {
  const findings: Finding[] = []
  for (const { field, path } of form.entries) {
    const seen = new Set<string>()
    optionsOf(field)?.forEach((option, i) => {
      if (!seen.has(option.value)) {
        seen.add(option.value)
        return
      }
      findings.push(
        finding(
          'form.duplicateOptionValue',
          'error',
          under(path, 'options', i, 'value'),
          `Field '${nameEn(field)}' has two options with the value '${option.value}'`,
          `字段“${nameZh(field)}”有两个选项的值都是“${option.value}”`,
        ),
      )
    })
  }
  return findings
}
