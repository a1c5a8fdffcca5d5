import type { AppDefinition } from '@signoff/schemas'
import { templates } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { createDesignerStore, loadInto } from './designer-store.ts'
import { flowActions } from './flow-actions.ts'

const procurement = templates.find((item) => item.key === 'procurement')?.app as AppDefinition

function setup() {
  const store = createDesignerStore()
  loadInto(store, procurement)
  return { store, flow: flowActions(store), app: () => store.getState().app as AppDefinition }
}

describe('flowActions', () => {
  it('inserts on an edge as one undoable edit, and redoes it', () => {
    const { store, flow, app } = setup()
    const id = flow.insert('e9', 'cc')
    expect(app().flow.nodes.some((node) => node.id === id)).toBe(true)
    store.temporal.getState().undo()
    expect(app().flow).toEqual(procurement.flow)
    store.temporal.getState().redo()
    expect(app().flow.nodes.some((node) => node.id === id)).toBe(true)
  })

  it('shares one history with the form designer', () => {
    const { store, flow, app } = setup()
    store.getState().addField('text', { parentId: null, index: 0 })
    flow.removeNode('cfoApproval')
    store.getState().setProperty('total', 'required', true)
    const { undo } = store.temporal.getState()
    undo()
    undo()
    expect(app().flow.nodes.some((node) => node.id === 'cfoApproval')).toBe(true)
    expect(app().form.fields).toHaveLength(procurement.form.fields.length + 1)
    undo()
    expect(app()).toEqual(procurement)
  })

  it('changes nothing when an edit does not apply', () => {
    const { store, flow } = setup()
    expect(flow.removeNode('start')).toBe(false)
    expect(flow.insert('missing', 'approval')).toBeNull()
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('sets and removes node properties, keeps dragged positions and forgets them again', () => {
    const { flow, app } = setup()
    flow.setNodeProperty('cfoApproval', 'mode', 'all')
    flow.setNodeProperty('cfoApproval', 'emptyPolicy', undefined)
    flow.moveNode('cfoApproval', { x: 10.4, y: 20.6 })
    expect(app().flow.nodes.find((node) => node.id === 'cfoApproval')).toMatchObject({
      mode: 'all',
      position: { x: 10, y: 21 },
    })
    expect(app().flow.nodes.find((node) => node.id === 'cfoApproval')).not.toHaveProperty('emptyPolicy')
    expect(flow.clearPositions()).toBe(true)
    expect(app().flow.nodes.some((node) => node.position)).toBe(false)
    expect(flow.clearPositions()).toBe(false)
  })

  it('adds and removes branches', () => {
    const { flow, app } = setup()
    expect(flow.addBranch('amountCheck')).toBe(true)
    const added = app().flow.edges.at(-1)?.id ?? ''
    expect(flow.removeBranch('amountCheck', added)).toBe(true)
    expect(app().flow).toEqual(procurement.flow)
  })
})
