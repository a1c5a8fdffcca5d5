import type { Surroundings as FunctionSurroundings } from './context-functions.ts'
import { surroundingsKey } from './context-functions.ts'
import { isDate } from './dates.ts'
import { ExpressionError } from './errors.ts'
import { type FormModel, toCelForm } from './form-model.ts'
import { boundedString, stringList } from './input-limits.ts'
import { CalendarRecord, type CelRecord, InitiatorRecord, OrgRecord } from './records.ts'

export interface Initiator {
  id: string
  department: string
  /** The initiator's own department and every department above it. */
  departments: readonly string[]
  roles: readonly string[]
}

export interface EvaluationContext {
  /** Submission values keyed by field id. */
  values: Record<string, unknown>
  initiator: Initiator
  /** "YYYY-MM-DD"; there is no clock here, so the caller says what day it is. */
  today?: string
  calendar?: { holidays?: readonly string[]; workdays?: readonly string[] }
  org?: { departmentAncestors?: Record<string, readonly string[]> }
}

function initiatorRecord(initiator: Initiator): InitiatorRecord {
  const { id, department } = initiator
  if (typeof id !== 'string' || typeof department !== 'string') {
    throw new ExpressionError('eval', 'initiator needs an id and a department')
  }
  return new InitiatorRecord([
    ['id', boundedString(id, 'initiator.id')],
    ['department', boundedString(department, 'initiator.department')],
    ['departments', stringList(initiator.departments, 'initiator.departments')],
    ['roles', stringList(initiator.roles, 'initiator.roles')],
  ])
}

function ancestorsMap(org: EvaluationContext['org']): Map<string, string[]> {
  const ancestors = new Map<string, string[]>()
  const source = org?.departmentAncestors ?? {}
  for (const key of Object.keys(source))
    ancestors.set(key, stringList(source[key], 'org.departmentAncestors'))
  return ancestors
}

/** What an evaluation sees besides the submission: the initiator, the day, the calendar and the org. */
export type Surroundings = Omit<EvaluationContext, 'values'>

/**
 * The CEL variables of the surroundings, checked and converted: everything but `form`. Built once, they
 * serve any number of evaluations through `withForm`, which leaves them as they are.
 */
export function celSurroundings(context: Surroundings): Readonly<Record<string, unknown>> {
  const holidays = stringList(context.calendar?.holidays, 'calendar.holidays')
  const workdays = stringList(context.calendar?.workdays, 'calendar.workdays')
  const departmentAncestors = ancestorsMap(context.org)
  const functionInput: FunctionSurroundings = {
    calendar: { holidays: new Set(holidays), workdays: new Set(workdays) },
    departmentAncestors,
  }
  // A null-prototype object: cel-js looks variables up by name on it.
  const variables: Record<string, unknown> = Object.create(null)
  variables.initiator = initiatorRecord(context.initiator)
  variables.calendar = new CalendarRecord([
    ['holidays', holidays],
    ['workdays', workdays],
  ])
  variables.org = new OrgRecord([['departmentAncestors', departmentAncestors]])
  variables[surroundingsKey] = functionInput
  if (context.today !== undefined) {
    if (!isDate(context.today)) throw new ExpressionError('eval', `today "${context.today}" is not a date`)
    variables.today = context.today
  }
  return variables
}

/** The variables of one evaluation: the surroundings' plus `form` (and any more, such as a table's `row`). */
export function withForm(
  surroundings: Readonly<Record<string, unknown>>,
  form: CelRecord,
  more?: Record<string, unknown>,
): Record<string, unknown> {
  // The surroundings as the prototype, not copied: cel-js reads variables by plain property access, and
  // the chain still ends in null (celSurroundings makes a null-prototype object).
  const variables: Record<string, unknown> = Object.create(surroundings)
  variables.form = form
  return more ? Object.assign(variables, more) : variables
}

/** The CEL variables for one evaluation, built from plain input; `form` is passed when already converted. */
export function celContext(
  model: FormModel,
  context: EvaluationContext,
  form?: CelRecord,
): Record<string, unknown> {
  return withForm(celSurroundings(context), form ?? toCelForm(model, context.values))
}
