import type { Field, FormDefinition } from '@signoff/schemas'
import { createContext, type ReactNode, useContext } from 'react'
import type { LiveStore } from './live-store.ts'
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

/**
 * What changes with every edit, read when rendering: layout fields and tables lay out their fields with it
 * (a table re-renders whenever its own view changes, see live-store.ts).
 */
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
/** The live store, the same object for the life of a renderer: providing it re-renders nothing. */
export const LiveContext = createContext<LiveRoot | null>(null)

export interface LiveRoot {
  store: LiveStore
  live(): Live
  /** One change handler per field for the whole life of the form, so unchanged fields skip rendering. */
  handlerOf(id: string): (next: unknown) => void
}

export function useSetup(): Setup {
  const setup = useContext(SetupContext)
  if (!setup) throw new Error('form fields render inside <FormRenderer>')
  return setup
}

export function useLiveRoot(): LiveRoot {
  const root = useContext(LiveContext)
  if (!root) throw new Error('form fields render inside <FormRenderer>')
  return root
}

/** The latest snapshot, for a field that re-renders whenever what it shows changes. */
export const useLive = (): Live => useLiveRoot().live()
