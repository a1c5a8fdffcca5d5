import type { FormDefinition } from '@signoff/schemas'
import { describe, expect, it, vi } from 'vitest'
import { createLiveStore, type LiveSnapshot } from './live-store.ts'
import type { FieldState } from './rules/field-states.ts'

const form = {
  fields: [
    { id: 'amount', type: 'number', label: { en: 'Amount' } },
    { id: 'note', type: 'text', label: { en: 'Note' } },
    {
      id: 'items',
      type: 'table',
      label: { en: 'Items' },
      columns: [{ id: 'price', type: 'number', label: { en: 'Price' } }],
    },
  ],
} as unknown as FormDefinition

function snapshot(values: Record<string, unknown>, errors: Record<string, string> = {}): LiveSnapshot {
  const states = new Map<string, FieldState>([
    ['amount', { visible: true, required: false }],
    ['note', { visible: Number(values.amount) > 10, required: false }],
    ['items', { visible: true, required: false }],
    ['price', { visible: true, required: Number(values.amount) > 100 }],
  ])
  return {
    form,
    values,
    raw: values,
    states,
    permissions: undefined,
    errorAt: (path) => errors[path],
    errorPaths: Object.keys(errors),
  }
}

describe('createLiveStore', () => {
  it('keeps the view of a field whose value, state and problems did not change, so it skips rendering', () => {
    const store = createLiveStore()
    const items = [{ price: 1 }]
    store.stage(snapshot({ amount: 1, items }))
    const before = { amount: store.view('amount'), note: store.view('note'), items: store.view('items') }
    store.stage(snapshot({ amount: 2, items }))
    expect(store.view('amount')).not.toBe(before.amount)
    expect(store.view('amount').value).toBe(2)
    expect(store.view('note')).toBe(before.note)
    expect(store.view('items')).toBe(before.items)
  })

  it("gives a field a new view when a rule on another field's value changes its state", () => {
    const store = createLiveStore()
    store.stage(snapshot({ amount: 1 }))
    const note = store.view('note')
    store.stage(snapshot({ amount: 11 }))
    expect(store.view('note')).not.toBe(note)
    expect(store.view('note').visible).toBe(true)
  })

  it("gives a table a new view when a column's state or a cell's problem changes", () => {
    const store = createLiveStore()
    const items = [{ price: 1 }]
    store.stage(snapshot({ amount: 1, items }))
    const first = store.view('items')
    store.stage(snapshot({ amount: 101, items }))
    const required = store.view('items')
    expect(required).not.toBe(first)
    store.stage(snapshot({ amount: 101, items }, { '/items/0/price': 'Too small' }))
    expect(store.view('items')).not.toBe(required)
  })

  it('tells the subscribed fields once published, until they unsubscribe', () => {
    const store = createLiveStore()
    store.stage(snapshot({ amount: 1 }))
    const listener = vi.fn()
    const unsubscribe = store.subscribe('amount', listener)
    store.publish()
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.publish()
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
