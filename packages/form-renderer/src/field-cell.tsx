import type { Field } from '@signoff/schemas'
import { memo, useCallback, useSyncExternalStore } from 'react'
import { FieldSlot } from './field-slot.tsx'
import { useLiveRoot } from './render-context.ts'
import type { FieldPermission } from './types.ts'

/**
 * A top-level field (or one laid out in a group or columns) subscribed to its own view of the live
 * store: an edit re-renders the fields whose value, state or problem changed, not the whole form.
 */
export const FieldCell = memo(function FieldCell({
  field,
  inherited,
}: {
  field: Field
  inherited: FieldPermission
}) {
  const { store, handlerOf } = useLiveRoot()
  const subscribe = useCallback(
    (listener: () => void) => store.subscribe(field.id, listener),
    [store, field.id],
  )
  const view = useSyncExternalStore(subscribe, () => store.view(field.id))
  return (
    <FieldSlot
      field={field}
      value={view.value}
      onChange={handlerOf(field.id)}
      path={`/${field.id}`}
      permission={view.permission ?? inherited}
      visible={view.visible}
      required={view.required}
      error={view.error}
      detail={view.detail}
    />
  )
})
