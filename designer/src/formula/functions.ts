import type { MessageKey } from '../i18n/dictionary.ts'

/** A function (or CEL construct) a formula may use: what to insert, how it is called, and an example. */
export interface FormulaFunction {
  name: string
  signature: string
  /** Inserted at the caret. */
  snippet: string
  doc: MessageKey
  /** A call that type-checks on a form with an `items` table of `price`, plus `amount`, `due` and `period`. */
  example: string
}

// The functions @signoff/expression registers (decimal, calendar and org functions) and the CEL
// built-ins a formula needs most; the test type-checks every example against a form.
export const formulaFunctions: readonly FormulaFunction[] = [
  {
    name: 'sum',
    signature: 'sum(list<decimal>) → decimal',
    snippet: 'sum()',
    doc: 'fnSum',
    example: 'sum(form.items.map(r, r.price))',
  },
  {
    name: 'round',
    signature: 'round(decimal, int) → decimal',
    snippet: 'round(, 2)',
    doc: 'fnRound',
    example: 'round(form.amount * 1.06, 2)',
  },
  {
    name: 'abs',
    signature: 'abs(decimal) → decimal',
    snippet: 'abs()',
    doc: 'fnAbs',
    example: 'abs(form.amount)',
  },
  {
    name: 'decimal',
    signature: 'decimal(string | int) → decimal',
    snippet: 'decimal("")',
    doc: 'fnDecimal',
    example: 'decimal("0.06") * form.amount',
  },
  {
    name: 'string',
    signature: 'string(decimal) → string',
    snippet: 'string()',
    doc: 'fnString',
    example: 'string(form.amount)',
  },
  {
    name: 'workingDays',
    signature: 'workingDays(date, date) → int',
    snippet: 'workingDays(, )',
    doc: 'fnWorkingDays',
    example: 'workingDays(today, form.due)',
  },
  {
    name: 'leaveDays',
    signature: 'leaveDays(dateRange) → decimal',
    snippet: 'leaveDays()',
    doc: 'fnLeaveDays',
    example: 'leaveDays(form.period)',
  },
  {
    name: 'daysBetween',
    signature: 'daysBetween(date, date) → int',
    snippet: 'daysBetween(, )',
    doc: 'fnDaysBetween',
    example: 'daysBetween(today, form.due)',
  },
  {
    name: 'within',
    signature: 'within(department, department) → bool',
    snippet: 'within(initiator.department, "")',
    doc: 'fnWithin',
    example: 'within(initiator.department, "finance")',
  },
  {
    name: 'size',
    signature: 'size(list | string) → int',
    snippet: 'size()',
    doc: 'fnSize',
    example: 'size(form.items)',
  },
  {
    name: 'has',
    signature: 'has(form.field) → bool',
    snippet: 'has()',
    doc: 'fnHas',
    example: 'has(form.amount)',
  },
  {
    name: 'map',
    signature: 'list.map(r, value) → list',
    snippet: '.map(r, r.)',
    doc: 'fnMap',
    example: 'form.items.map(r, r.price)',
  },
  {
    name: 'exists',
    signature: 'list.exists(r, test) → bool',
    snippet: '.exists(r, )',
    doc: 'fnExists',
    example: 'form.items.exists(r, r.price > 1000)',
  },
  {
    name: '? :',
    signature: 'test ? a : b',
    snippet: ' ? : ',
    doc: 'fnChoose',
    example: 'form.amount > 5000 ? "large" : "normal"',
  },
]
