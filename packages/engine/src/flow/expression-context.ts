import type { EvaluationContext } from '@signoff/expression'
import type { Org } from '../org/org.ts'

/**
 * What conditions and formulas see of the instance: its data, the initiator's place in the org, the day,
 * and the organization's work calendar (holidays and make-up working days for leaveDays and workingDays).
 */
export function expressionContext(
  org: Org,
  initiator: string,
  values: Record<string, unknown>,
  today: string,
): EvaluationContext {
  const user = org.user(initiator)
  const departments = org.departmentPath(user?.departmentId ?? null)
  const departmentAncestors = Object.fromEntries(
    org.directory.departments.map((d) => [d.id, org.departmentPath(d.id)]),
  )
  const { calendar } = org.directory
  return {
    values,
    initiator: { id: initiator, department: departments[0] ?? '', departments, roles: user?.roles ?? [] },
    today,
    org: { departmentAncestors },
    ...(calendar === undefined ? {} : { calendar }),
  }
}
