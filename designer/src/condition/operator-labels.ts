import type { MessageKey } from '../i18n/dictionary.ts'
import type { InitiatorOperator, Operator, ValueInput } from './operators.ts'

const labels = {
  eq: 'opEq',
  ne: 'opNe',
  gt: 'opGt',
  gte: 'opGte',
  lt: 'opLt',
  lte: 'opLte',
  in: 'opIn',
  notIn: 'opNotIn',
  contains: 'opContains',
  notContains: 'opNotContains',
  empty: 'opEmpty',
  notEmpty: 'opNotEmpty',
  within: 'opWithin',
  notWithin: 'opNotWithin',
} as const satisfies Record<Operator | InitiatorOperator, MessageKey>

// Dates are compared in time: "after" reads better than "greater than".
const inTime: Partial<Record<Operator, MessageKey>> = {
  gt: 'opAfter',
  gte: 'opNotBefore',
  lt: 'opBefore',
  lte: 'opNotAfter',
}

export function operatorLabel(op: Operator | InitiatorOperator, input?: ValueInput): MessageKey {
  const timed = input === 'date' || input === 'datetime' ? inTime[op as Operator] : undefined
  return timed ?? labels[op]
}
