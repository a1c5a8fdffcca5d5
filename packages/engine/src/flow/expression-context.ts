import {
  type EvaluationContext,
  type ExpressionScope,
  expressionScope,
  type Surroundings,
} from '@signoff/expression'
import type { FormDefinition } from '@signoff/schemas'
import type { Org } from '../org/org.ts'

// Every department's ancestors, once per org (a directory never changes once the engine has it).
const ancestorsByOrg = new WeakMap<Org, Record<string, readonly string[]>>()

function departmentAncestors(org: Org): Record<string, readonly string[]> {
  let ancestors = ancestorsByOrg.get(org)
  if (!ancestors) {
    ancestors = Object.freeze(
      Object.fromEntries(
        org.directory.departments.map((d) => [d.id, Object.freeze(org.departmentPath(d.id))]),
      ),
    )
    ancestorsByOrg.set(org, ancestors)
  }
  return ancestors
}

function surroundingsOf(org: Org, initiator: string, today: string): Surroundings {
  const user = org.user(initiator)
  const departments = org.departmentPath(user?.departmentId ?? null)
  const { calendar } = org.directory
  return {
    initiator: { id: initiator, department: departments[0] ?? '', departments, roles: user?.roles ?? [] },
    today,
    org: { departmentAncestors: departmentAncestors(org) },
    ...(calendar === undefined ? {} : { calendar }),
  }
}

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
  return { values, ...surroundingsOf(org, initiator, today) }
}

// Scopes by form, org, then initiator and day: the same few serve every event of a day's instances.
const scopes = new WeakMap<FormDefinition, WeakMap<Org, Map<string, ExpressionScope>>>()
const scopesPerOrg = 200

/**
 * The form's expressions in an instance's surroundings, checked and converted once and shared: a scope
 * holds nothing of the values, so reusing it across events and instances changes no result.
 */
export function expressionScopeFor(
  form: FormDefinition,
  org: Org,
  initiator: string,
  today: string,
): ExpressionScope {
  let byOrg = scopes.get(form)
  if (!byOrg) {
    byOrg = new WeakMap()
    scopes.set(form, byOrg)
  }
  let byKey = byOrg.get(org)
  if (!byKey) {
    byKey = new Map()
    byOrg.set(org, byKey)
  }
  const key = `${initiator}\n${today}`
  let scope = byKey.get(key)
  if (!scope) {
    scope = expressionScope(form, surroundingsOf(org, initiator, today))
    if (byKey.size >= scopesPerOrg) byKey.clear()
    byKey.set(key, scope)
  }
  return scope
}
