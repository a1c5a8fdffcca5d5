import type { Shape } from '@signoff/expression'
import type { FieldComparison, InitiatorTest } from '@signoff/schemas'

export type Operator = FieldComparison['op']
export type InitiatorOperator = InitiatorTest['op']
export type InitiatorSubject = InitiatorTest['initiator']

/** How a comparison's value is entered: the kind of input, and nothing for presence tests. */
export type ValueInput = 'decimal' | 'text' | 'option' | 'date' | 'datetime' | 'bool' | 'none'

export interface ShapeOperators {
  ops: readonly Operator[]
  input: ValueInput
}

const presence = ['empty', 'notEmpty'] as const satisfies readonly Operator[]
const ordered = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const satisfies readonly Operator[]

/**
 * What the visual builder offers for a field of each value shape (see @signoff/expression's shapes):
 * numbers and money compare, dates fall before or after, options are in or not in a list, text contains.
 */
export const shapeOperators = {
  decimal: { ops: [...ordered, 'in', 'notIn', ...presence], input: 'decimal' },
  text: { ops: ['eq', 'ne', 'contains', 'notContains', 'in', 'notIn', ...presence], input: 'text' },
  choice: { ops: ['in', 'notIn', 'eq', 'ne', ...presence], input: 'option' },
  date: { ops: [...ordered, ...presence], input: 'date' },
  datetime: { ops: [...ordered, ...presence], input: 'datetime' },
  bool: { ops: ['eq', 'ne', ...presence], input: 'bool' },
  multi: { ops: ['contains', 'notContains', 'in', 'notIn', ...presence], input: 'option' },
  dateRange: { ops: presence, input: 'none' },
  files: { ops: presence, input: 'none' },
  rows: { ops: presence, input: 'none' },
} as const satisfies Record<Shape, ShapeOperators>

/** Operators whose value is a list. */
export const listOperators: ReadonlySet<Operator> = new Set(['in', 'notIn'])

/** Tests of the initiator, by what is tested; only departments have a tree to be "within". */
export const initiatorOperators = {
  department: ['within', 'notWithin', 'in', 'notIn'],
  role: ['in', 'notIn'],
  user: ['in', 'notIn'],
} as const satisfies Record<InitiatorSubject, readonly InitiatorOperator[]>

export const initiatorSubjects = Object.keys(initiatorOperators) as InitiatorSubject[]

export function takesValue(op: Operator): boolean {
  return op !== 'empty' && op !== 'notEmpty'
}
