import type { Field } from '@signoff/schemas'
import type { ReactNode } from 'react'
import { FieldCell } from './field-cell.tsx'
import { FieldSlot } from './field-slot.tsx'
import { createLiveStore, type LiveSnapshot } from './live-store.ts'
import type { Live, LiveRoot, Slot } from './render-context.ts'
import type { FieldPermission } from './types.ts'

/** Fields laid out at the top level or in a layout field, each subscribed to its own view. */
export const renderFieldCells = (fields: readonly Field[], inherited: FieldPermission): ReactNode =>
  fields.map((field) => <FieldCell key={`/${field.id}`} field={field} inherited={inherited} />)

function renderSlotIn(snapshot: LiveSnapshot, slot: Slot): ReactNode {
  const state = snapshot.states.get(slot.field.id)
  return (
    <FieldSlot
      key={slot.path}
      {...slot}
      visible={state?.visible !== false}
      required={state?.required === true}
      error={snapshot.errorAt(slot.path)}
    />
  )
}

/** The live store of one renderer with what its layout fields and tables read from it. */
export function liveRoot(setValue: (id: string, next: unknown) => void): LiveRoot {
  const store = createLiveStore()
  const handlers = new Map<string, (next: unknown) => void>()
  let live: { snapshot: LiveSnapshot; live: Live } | undefined
  return {
    store,
    handlerOf(id) {
      let handler = handlers.get(id)
      if (!handler) {
        handler = (next) => setValue(id, next)
        handlers.set(id, handler)
      }
      return handler
    },
    live() {
      const { snapshot } = store
      if (live?.snapshot !== snapshot)
        live = {
          snapshot,
          live: {
            values: snapshot.values,
            raw: snapshot.raw,
            states: snapshot.states,
            renderFields: renderFieldCells,
            renderSlot: (slot) => renderSlotIn(snapshot, slot),
          },
        }
      return live.live
    },
  }
}
