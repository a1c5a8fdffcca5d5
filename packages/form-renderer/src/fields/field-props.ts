import type { Field } from '@signoff/schemas'
import type { ReactNode } from 'react'
import type { Locale, RuleContext } from '../types.ts'

/** What every field component gets; `onChange(undefined)` removes the value. */
export interface FieldProps<F extends Field = Field> {
  field: F
  value: unknown
  onChange(value: unknown): void
  /** The DOM id of the field's main input, which its label points at. */
  id: string
  /** The JSON Pointer of the value: "/reason" or "/items/0/amount". */
  path: string
  locale: Locale
  /** Inside a detail table row: keep it compact. */
  cell?: boolean
  /** Goes on the input so assistive technology announces the field's problem. */
  aria: { 'aria-invalid'?: boolean; 'aria-describedby'?: string; 'aria-required'?: boolean }
}

export interface FieldRenderer<F extends Field = Field> {
  /** The input for filling in. */
  Edit: (props: FieldProps<F>) => ReactNode
  /** The value for reading and printing. */
  Read: (props: FieldProps<F>) => ReactNode
  /** bare: draws its own frame (layout, static text); otherwise it gets a label, help and messages. */
  frame?: 'bare'
  /** Takes the whole width of a printed sheet, its label above it. */
  wide?: true
  /** The value a new form starts with; `initialOf` gives another field's (a table's columns). */
  initial?: (field: F, context: RuleContext, initialOf: (field: Field) => unknown) => unknown
}
