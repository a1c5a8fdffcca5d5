import type { Rule } from '../context.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { under } from '../pointer.ts'

/** Field ids are keys of a submission, so they are unique across the whole form, columns and layouts included. */
export const duplicateFieldIds: Rule = ({ form }) => {
  const findings: Finding[] = []
  const seen = new Map<string, string>()
  for (const { field, path } of form.entries) {
    const first = seen.get(field.id)
    if (first === undefined) {
      seen.set(field.id, path)
      continue
    }
    findings.push(
      finding(
        'form.duplicateFieldId',
        'error',
        under(path, 'id'),
        `Field id '${nameEn(field)}' is already used at ${first}`,
        `字段标识“${nameZh(field)}”已被 ${first} 使用`,
      ),
    )
  }
  return findings
}
