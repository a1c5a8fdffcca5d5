import { idsIn, type Resolver } from './resolver.ts'

/** The head of the department `level - 1` steps above the initiator's department or each department in the field. */
export const resolveDepartmentHead: Resolver<'departmentHead'> = (rule, { org, initiator, values }) => {
  const departments =
    rule.of === 'initiator'
      ? idsIn(org.user(initiator)?.departmentId ?? undefined)
      : idsIn(values[rule.of.field])
  const steps = (rule.level ?? 1) - 1
  return departments.flatMap((id) => {
    const target = org.departmentPath(id)[steps]
    const head = target === undefined ? undefined : org.department(target)?.headId
    return head ? [head] : []
  })
}
