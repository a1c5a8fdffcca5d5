// @vitest-environment jsdom
import type { AppDefinition, FlowNode } from '@signoff/schemas'
import { templates } from '@signoff/templates'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { walkFields } from '../../form/field-tree.ts'
import { en } from '../../i18n/dictionary.ts'
import { loadInto } from '../../store/designer-store.ts'
import { flowActions } from '../../store/flow-actions.ts'
import { designerStore, useDesigner } from '../../store/use-designer.ts'
import type { Directory } from '../directory.ts'
import { NodePanel } from './node-panel.tsx'

// jsdom lacks what antd measures layout with; the components only need the calls to exist.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
  }) as unknown as MediaQueryList
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}
afterEach(cleanup)

const procurement = templates.find((item) => item.key === 'procurement')?.app as AppDefinition
const directory: Directory = {
  users: [{ id: 'qianqi', name: '钱七', login: 'qianqi' }],
  roles: [{ id: 'cfo', name: { 'zh-CN': '首席财务官', en: 'CFO' } }],
  departments: [],
}

function Harness({ id }: { id: string }) {
  const app = useDesigner((state) => state.app) as AppDefinition
  const fields = walkFields(app.form.fields).map((item) => item.field)
  const node = app.flow.nodes.find((item) => item.id === id)
  return <NodePanel node={node} ctx={{ t: en, locale: 'en', directory, app, fields }} />
}

const nodeOf = (id: string) =>
  designerStore.getState().app?.flow.nodes.find((item) => item.id === id) as FlowNode &
    Record<string, unknown>

function choose(select: Element, option: string) {
  fireEvent.mouseDown(select.querySelector('.ant-select-selector, .ant-select-content') ?? select)
  const options = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].filter(
    (item) => item.textContent === option && !item.closest('.ant-select-dropdown-hidden'),
  )
  const last = options.at(-1)
  if (!last) throw new Error(`no option "${option}"`)
  fireEvent.click(last)
}

beforeEach(() => loadInto(designerStore, procurement))

describe('NodePanel', () => {
  it('sets the approval mode from the schema’s choices, as one undoable edit', () => {
    render(<Harness id="cfoApproval" />)
    fireEvent.click(screen.getByLabelText(en.modeAll))
    expect(nodeOf('cfoApproval').mode).toBe('all')
    designerStore.temporal.getState().undo()
    expect(nodeOf('cfoApproval').mode).toBeUndefined()
  })

  it('changes an approver rule to roles picked from the directory', () => {
    render(<Harness id="departmentApproval" />)
    const rule = document.querySelector('.flow-rule') as HTMLElement
    choose(rule.querySelector('.flow-rule-head .ant-select') as Element, en.ruleRoles)
    expect(nodeOf('departmentApproval').approvers).toEqual([{ type: 'roles', roles: [] }])
    const roles = document.querySelectorAll('.flow-rule .ant-select')[1] as Element
    choose(roles, 'CFO')
    expect(nodeOf('departmentApproval').approvers).toEqual([{ type: 'roles', roles: ['cfo'] }])
  })

  it('stores only the field permissions that differ from the node’s default', () => {
    render(<Harness id="cfoApproval" />)
    const row = document.querySelector('.flow-permission-row[data-field-id="supplier"]') as HTMLElement
    fireEvent.click(within(row).getByText(en.permissionEdit))
    expect(nodeOf('cfoApproval').fieldPermissions).toMatchObject({ supplier: 'edit', orderNumber: 'hidden' })
    fireEvent.click(within(row).getByText(en.permissionRead))
    expect(nodeOf('cfoApproval').fieldPermissions).not.toHaveProperty('supplier')
  })

  it('adds a timeout rule and names the node in both languages', () => {
    render(<Harness id="placeOrder" />)
    fireEvent.click(screen.getByText(`+ ${en.addTimeout}`))
    expect(nodeOf('placeOrder').timeouts).toEqual([
      { after: 'P2D', action: 'remind', repeatEvery: 'P1D' },
      { after: 'P1D', action: 'remind' },
    ])
    fireEvent.change(screen.getByDisplayValue('Place the order'), { target: { value: 'Order' } })
    expect(nodeOf('placeOrder').name).toEqual({ 'zh-CN': '采购专员下单', en: 'Order' })
  })

  it('renames a branch in Chinese: a generated English name follows, one the owner wrote stays', () => {
    render(<Harness id="amountCheck" />)
    const branchesOf = () => nodeOf('amountCheck').branches as { id: string; name: object }[]
    fireEvent.change(screen.getByDisplayValue('其他情况'), { target: { value: '5,000 元以下' } })
    expect(branchesOf()[1]?.name).toEqual({ 'zh-CN': '5,000 元以下' })
    expect(screen.getAllByLabelText(`${en.branchName} EN`)[1]).toHaveProperty('placeholder', '5,000 元以下')
    fireEvent.change(screen.getByDisplayValue('超过 5,000 元'), { target: { value: '大额' } })
    expect(branchesOf()[0]?.name).toEqual({ 'zh-CN': '大额', en: 'Over 5,000' })
  })

  it('renames a new node in Chinese: its given English name follows, an owner’s English stays', () => {
    const edge = designerStore.getState().app?.flow.edges.find((item) => item.source === 'start')
    const id = flowActions(designerStore).insert(edge?.id ?? '', 'approval') ?? ''
    render(<Harness id={id} />)
    expect(nodeOf(id).name).toEqual({ 'zh-CN': '审批人', en: 'Approver' })
    fireEvent.change(screen.getByDisplayValue('审批人'), { target: { value: '部门负责人审批' } })
    expect(nodeOf(id).name).toEqual({ 'zh-CN': '部门负责人审批' })
    cleanup()
    render(<Harness id="amountCheck" />)
    fireEvent.change(screen.getByDisplayValue('采购金额'), { target: { value: '按金额' } })
    expect(nodeOf('amountCheck').name).toEqual({ 'zh-CN': '按金额', en: 'Purchase amount' })
  })

  it('offers no delete for the start node and nothing to edit when nothing is selected', () => {
    const { unmount } = render(<Harness id="start" />)
    expect(screen.queryByText(en.flowDeleteNode)).toBeNull()
    unmount()
    render(<Harness id="missing" />)
    expect(screen.getByText(en.flowNoSelection)).toBeTruthy()
  })
})
