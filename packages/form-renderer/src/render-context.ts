import type { Field, FormDefinition } from '@signoff/schemas'
import { createContext, type ReactNode, useContext } from 'react'
import type { FieldState } from './rules/field-states.ts'
import type { FieldPermission, FormValues, Locale, RendererServices, RenderMode } from './types.ts'

/** What stays the same while someone types: fields reading only this re-render only for their own value. */
export interface Setup {
  form: FormDefinition
  mode: RenderMode
  locale: Locale
  services: RendererServices
  setValue(id: string, value: unknown): void
  /** A new detail-table row with its columns' defaults. */
  newRow(columns: readonly Field[]): Record<string, unknown>
}

/** What changes with every edit: layout fields and tables read it to lay out their fields. */
export interface Live {
  /** The values with formulas computed, as shown. */
  values: FormValues
  /** The values as given (hidden fields keep theirs until submission drops them). */
  raw: FormValues
  states: Map<string, FieldState>
  /** Renders fields nested in a layout field, inheriting its permission. */
  renderFields(fields: readonly Field[], inherited: FieldPermission): ReactNode
  /** Renders one field with its label and message at a path (a detail table's cells use it). */
  renderSlot(slot: Slot): ReactNode
}

export interface Slot {
  field: Field
  value: unknown
  onChange(value: unknown): void
  path: string
  permission: FieldPermission
  cell?: boolean
  /** Only the value, without label or message: a cell of a table being read. */
  bare?: boolean
}

export const SetupContext = createContext<Setup | null>(null)
export const LiveContext = createContext<Live | null>(null)

export function useSetup(): Setup {
  const setup = useContext(SetupContext)
  if (!setup) throw new Error('form fields render inside <FormRenderer>')
  return setup
}

export function useLive(): Live {
  const live = useContext(LiveContext)
  if (!live) throw new Error('form fields render inside <FormRenderer>')
  return live
}
