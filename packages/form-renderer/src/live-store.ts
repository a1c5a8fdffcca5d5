import type { FormDefinition } from '@signoff/schemas'
import { fieldIndex } from './rules/field-index.ts'
import type { FieldState } from './rules/field-states.ts'
import type { FieldPermission, FormValues } from './types.ts'

/** One state of the form being filled: what every field shows after the latest edit. */
export interface LiveSnapshot {
  form: FormDefinition
  /** The values with formulas computed, as shown. */
  values: FormValues
  /** The values as given (hidden fields keep theirs until submission drops them). */
  raw: FormValues
  states: Map<string, FieldState>
  permissions: Record<string, FieldPermission> | undefined
  /** The problem shown at a field's or a cell's path, if any. */
  errorAt(path: string): string | undefined
  /** Every path that may carry a problem (shown or not yet). */
  errorPaths: readonly string[]
}

/** What one top-level field shows: a field re-renders only when this changes. */
export interface FieldView {
  value: unknown
  visible: boolean
  required: boolean
  error: string | undefined
  permission: FieldPermission | undefined
  /** A detail table's column states and cell problems, which its cells show. */
  detail: string
}

const sameView = (a: FieldView, b: FieldView) =>
  Object.is(a.value, b.value) &&
  a.visible === b.visible &&
  a.required === b.required &&
  a.error === b.error &&
  a.permission === b.permission &&
  a.detail === b.detail

function detailOf(snapshot: LiveSnapshot, id: string): string {
  const columns = fieldIndex(snapshot.form).get(id)?.columns
  if (!columns) return ''
  const parts: string[] = []
  for (const columnId of columns.keys()) {
    const state = snapshot.states.get(columnId)
    parts.push(`${columnId}:${state?.visible !== false}:${state?.required === true}`)
  }
  const prefix = `/${id}/`
  for (const path of snapshot.errorPaths)
    if (path.startsWith(prefix)) parts.push(`${path}=${snapshot.errorAt(path)}`)
  return parts.join('|')
}

function viewOf(snapshot: LiveSnapshot, id: string): FieldView {
  const state = snapshot.states.get(id)
  return {
    value: snapshot.values[id] ?? snapshot.raw[id],
    visible: state?.visible !== false,
    required: state?.required === true,
    error: snapshot.errorAt(`/${id}`),
    permission: snapshot.permissions?.[id],
    detail: detailOf(snapshot, id),
  }
}

/**
 * Holds the latest snapshot for the fields to subscribe to one by one, so that an edit re-renders only
 * the fields whose view changed (the edited one and those depending on it), not the whole form.
 */
export interface LiveStore {
  readonly snapshot: LiveSnapshot
  /** Takes the next snapshot while the renderer renders; fields rendering now already see it. */
  stage(snapshot: LiveSnapshot): void
  /** Tells the subscribed fields, after the renderer committed, so those whose view changed re-render. */
  publish(): void
  subscribe(id: string, listener: () => void): () => void
  /** The field's view in the current snapshot: the same object as long as nothing it shows changed. */
  view(id: string): FieldView
}

export function createLiveStore(): LiveStore {
  let snapshot: LiveSnapshot | undefined
  let generation = 0
  const views = new Map<string, { generation: number; view: FieldView }>()
  const listeners = new Map<string, Set<() => void>>()
  return {
    get snapshot() {
      if (!snapshot) throw new Error('the form renderer has not rendered yet')
      return snapshot
    },
    stage(next) {
      snapshot = next
      generation++
    },
    publish() {
      for (const set of listeners.values()) for (const listener of set) listener()
    },
    subscribe(id, listener) {
      const set = listeners.get(id) ?? new Set()
      listeners.set(id, set)
      set.add(listener)
      return () => {
        set.delete(listener)
        if (set.size === 0) listeners.delete(id)
      }
    },
    view(id) {
      const cached = views.get(id)
      if (cached?.generation === generation) return cached.view
      const fresh = viewOf(this.snapshot, id)
      const view = cached && sameView(cached.view, fresh) ? cached.view : fresh
      views.set(id, { generation, view })
      return view
    },
  }
}
