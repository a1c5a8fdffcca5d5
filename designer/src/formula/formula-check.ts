import { type BilingualIssue, checkFormula, formEnvironment } from '@signoff/expression'
import type { Field, FormDefinition } from '@signoff/schemas'
import { tableOf } from './references.ts'

type ResultType = 'number' | 'money' | 'text' | 'boolean' | 'date'

/** The CEL types a formula of each result type may give (money and numbers are exact decimals). */
export const acceptedTypes = {
  number: ['decimal', 'int'],
  money: ['decimal', 'int'],
  text: ['string'],
  boolean: ['bool'],
  date: ['string'],
} as const satisfies Record<ResultType, readonly string[]>

export interface FormulaCheck {
  issues: BilingualIssue[]
  /** The CEL type the expression gives, when it type-checks. */
  type?: string
  /** It type-checks and its type suits the field's result type. */
  fits: boolean
}

function withField(fields: readonly Field[], next: Field): Field[] {
  return fields.map((field) => {
    if (field.id === next.id) return next
    const nested = field as { children?: Field[]; columns?: Field[] }
    if (nested.children) return { ...field, children: withField(nested.children, next) } as Field
    if (nested.columns) return { ...field, columns: withField(nested.columns, next) } as Field
    return field
  })
}

/** Type-checks a formula field's expression as it would stand in the form, with `row` inside a table. */
export function checkFormulaText(field: Field, expression: string, form: FormDefinition): FormulaCheck {
  const next = { ...field, expression } as Field
  const nextForm = { ...form, fields: withField(form.fields, next) }
  const issues = checkFormula(next, nextForm)
  if (expression.trim() === '') return { issues, fits: false }
  const fe = formEnvironment(nextForm)
  const table = tableOf(nextForm, field.id)
  const checked = (table ? fe.rowEnv(table.id) : fe.env).check(expression)
  const type = checked.valid ? checked.type : undefined
  return { issues, ...(type ? { type } : {}), fits: issues.length === 0 }
}
