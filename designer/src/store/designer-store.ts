import type { AppDefinition, Field, FieldType, FlowDefinition } from '@signoff/schemas'
import { temporal } from 'zundo'
import { createStore } from 'zustand/vanilla'
import { fieldCatalog } from '../form/field-catalog.ts'
import { copyWithNewIds, idGenerator } from '../form/field-ids.ts'
import {
  canPlace,
  findField,
  insertField,
  moveField,
  type Place,
  removeField,
  replaceField,
} from '../form/field-tree.ts'

export interface DesignerState {
  app: AppDefinition | null
  selectedId: string | null
  /** Replaces the definition and forgets the undo history (a freshly loaded draft). */
  load: (app: AppDefinition) => void
  /** Replaces the definition as one undoable edit (import, restore of a local copy, JSON edit). */
  replace: (app: AppDefinition) => void
  select: (id: string | null) => void
  /** Adds a new field of a type; returns its id, or null when it may not go there. */
  addField: (type: FieldType, place: Place) => string | null
  moveField: (id: string, place: Place) => void
  removeField: (id: string) => void
  /** Puts a copy with fresh ids right after the field; returns the copy's id. */
  duplicateField: (id: string) => string | null
  /** Sets one property; undefined removes it. Changing id keeps the selection on the field. */
  setProperty: (id: string, key: string, value: unknown) => void
  /** Replaces the flow as one undoable edit (store/flow-actions.ts builds the flow edits on it). */
  setFlow: (flow: FlowDefinition) => void
}

function withFields(app: AppDefinition, fields: Field[]): AppDefinition {
  return { ...app, form: { ...app.form, fields } }
}

export function createDesignerStore() {
  return createStore<DesignerState>()(
    temporal(
      (set, get) => {
        const edit = (change: (fields: Field[]) => Field[]) => {
          const app = get().app
          if (app) set({ app: withFields(app, change(app.form.fields)) })
        }
        return {
          app: null,
          selectedId: null,
          load: (app) => set({ app, selectedId: null }),
          replace: (app) => set({ app, selectedId: null }),
          select: (selectedId) => set({ selectedId }),
          addField: (type, place) => {
            const app = get().app
            if (!app || !canPlace(app.form.fields, type, null, place.parentId)) return null
            const newId = idGenerator(app.form.fields)
            const spec = fieldCatalog[type]
            // A new field is named after its type in both languages until the owner renames it.
            const field = { ...spec.create(newId(type), newId), label: { ...spec.label } } as Field
            set({ app: withFields(app, insertField(app.form.fields, place, field)), selectedId: field.id })
            return field.id
          },
          moveField: (id, place) => edit((fields) => moveField(fields, id, place)),
          removeField: (id) => {
            edit((fields) => removeField(fields, id))
            const app = get().app
            if (app && !findField(app.form.fields, get().selectedId ?? '')) set({ selectedId: null })
          },
          duplicateField: (id) => {
            const app = get().app
            const located = app && findField(app.form.fields, id)
            if (!app || !located) return null
            const copy = copyWithNewIds(located.field, idGenerator(app.form.fields))
            const place = { parentId: located.parentId, index: located.index + 1 }
            set({ app: withFields(app, insertField(app.form.fields, place, copy)), selectedId: copy.id })
            return copy.id
          },
          setProperty: (id, key, value) => {
            const app = get().app
            const located = app && findField(app.form.fields, id)
            if (!app || !located) return
            const next: Record<string, unknown> = { ...located.field }
            if (value === undefined) delete next[key]
            else next[key] = value
            set({
              app: withFields(app, replaceField(app.form.fields, id, next as unknown as Field)),
              ...(key === 'id' && get().selectedId === id ? { selectedId: String(value) } : {}),
            })
          },
          setFlow: (flow) => {
            const app = get().app
            if (app && app.flow !== flow) set({ app: { ...app, flow } })
          },
        }
      },
      {
        // Only the definition is history; selecting a field is not an edit.
        partialize: (state) => ({ app: state.app }),
        equality: (past, current) => past.app === current.app,
        limit: 200,
      },
    ),
  )
}

export type DesignerStore = ReturnType<typeof createDesignerStore>

/** Loads a definition as the starting point: no undo back past it. */
export function loadInto(store: DesignerStore, app: AppDefinition): void {
  store.getState().load(app)
  store.temporal.getState().clear()
}
