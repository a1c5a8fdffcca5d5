import { fieldPermissionsOf } from '@signoff/node-types'
import type { Rule } from '../context.ts'
import { factsOf } from '../field-facts.ts'
import { type Finding, finding, nameEn, nameZh } from '../finding.ts'
import { isStart, nodePath } from '../flow-index.ts'

export const fieldPermissions: Rule = ({ flow, form }) => {
  const findings: Finding[] = []
  flow.nodes.forEach((node, n) => {
    for (const [id, access] of Object.entries(fieldPermissionsOf(node) ?? {})) {
      const entry = form.byId.get(id)
      const path = nodePath(n, 'fieldPermissions', id)
      if (!entry) {
        findings.push(
          finding(
            'permission.unknownField',
            'error',
            path,
            `Node '${nameEn(node)}' sets a permission on field '${id}', which does not exist`,
            `节点“${nameZh(node)}”为不存在的字段“${id}”设置了权限`,
          ),
        )
      } else if (
        isStart(node) &&
        access === 'hidden' &&
        entry.field.required &&
        !factsOf(entry.field)?.computed
      ) {
        findings.push(
          finding(
            'permission.requiredHiddenAtStart',
            'error',
            path,
            `Field '${id}' is required but hidden from the initiator, who could never submit the form`,
            `字段“${id}”为必填，但对发起人隐藏，表单将无法提交`,
          ),
        )
      }
    }
  })
  return findings
}
