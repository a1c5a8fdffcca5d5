// @vitest-environment jsdom
import type { AppDefinition, Field } from '@signoff/schemas'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import '@signoff/form-renderer/testing/dom-setup'
import { testForm } from '../condition/test-form.ts'
import { findField } from '../form/field-tree.ts'
import { useLocaleStore } from '../i18n/locale-store.ts'
import { loadInto } from '../store/designer-store.ts'
import { designerStore } from '../store/use-designer.ts'
import { PropertyPanel } from './property-panel.tsx'

const app = {
  schemaVersion: 1,
  key: 'demo',
  name: { 'zh-CN': '示例' },
  form: testForm,
  flow: {
    nodes: [
      { id: 'start', kind: 'start', name: { 'zh-CN': '发起' } },
      { id: 'end', kind: 'end', name: { 'zh-CN': '结束' } },
    ],
    edges: [{ id: 'e1', source: 'start', target: 'end' }],
  },
  settings: { starters: { everyone: true } },
} as AppDefinition

const fieldOf = (id: string) =>
  findField(designerStore.getState().app?.form.fields ?? [], id)?.field as
    | (Field & Record<string, unknown>)
    | undefined

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' })
  loadInto(designerStore, structuredClone(app))
})

describe('property panel', () => {
  it('edits a visibility rule with the condition builder, undoably', () => {
    act(() => designerStore.getState().select('count'))
    render(<PropertyPanel />)
    const rule = document.querySelector('.prop-visibleWhen') as HTMLElement
    expect(within(rule).getByText('No condition')).toBeTruthy()
    fireEvent.click(within(rule).getByRole('button', { name: /Add condition/ }))
    expect(fieldOf('count')?.visibleWhen).toEqual({ field: 'title', op: 'eq' })
    fireEvent.change(within(rule).getByLabelText('Value'), { target: { value: 'x' } })
    expect(fieldOf('count')?.visibleWhen).toEqual({ field: 'title', op: 'eq', value: 'x' })
    expect(within(rule).getByTestId('compiled-cel').textContent).toBe(
      '(has(form.title) && form.title == "x")',
    )
    act(() => {
      designerStore.temporal.getState().undo()
      designerStore.temporal.getState().undo()
    })
    expect(fieldOf('count')?.visibleWhen).toBeUndefined()
    expect(within(rule).getByText('No condition')).toBeTruthy()
  })

  it('edits a formula with the formula editor and checks it', () => {
    act(() => designerStore.getState().select('total'))
    render(<PropertyPanel />)
    const formula = document.querySelector('.prop-expression') as HTMLElement
    const text = within(formula).getByLabelText('Formula') as HTMLTextAreaElement
    expect(text.value).toBe('sum(form.items.map(r, r.subtotal))')
    expect(within(formula).getByText(/Fits the result type/)).toBeTruthy()
    fireEvent.change(text, { target: { value: 'form.title' } })
    expect(fieldOf('total')?.expression).toBe('form.title')
    expect(within(formula).getByRole('alert').textContent).toContain('the expression gives text')
  })

  it('does not carry a half-typed CEL over to the next selected field', () => {
    act(() => designerStore.getState().select('count'))
    render(<PropertyPanel />)
    const rule = () => document.querySelector('.prop-visibleWhen') as HTMLElement
    fireEvent.click(within(rule()).getByTitle('CEL'))
    fireEvent.change(within(rule()).getByLabelText('CEL condition'), { target: { value: 'form.amount >' } })
    act(() => designerStore.getState().select('title'))
    expect(within(rule()).queryByLabelText('CEL condition')).toBeNull()
    expect(within(rule()).getByText('No condition')).toBeTruthy()
    expect(screen.getAllByText('No condition').length).toBeGreaterThan(0)
  })
})
