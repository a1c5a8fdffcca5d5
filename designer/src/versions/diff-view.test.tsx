// @vitest-environment jsdom
import { diffApps } from '@signoff/analysis'
import type { AppDefinition } from '@signoff/schemas'
import { templates } from '@signoff/templates'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useLocaleStore } from '../i18n/locale-store.ts'
import { DiffView } from './diff-view.tsx'

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
afterEach(() => {
  cleanup()
  useLocaleStore.getState().setLocale('zh-CN')
})

const procurement = templates.find((item) => item.key === 'procurement')?.app as AppDefinition

function requiredFlipped(): AppDefinition {
  const after = structuredClone(procurement)
  const field = after.form.fields.find((item) => item.id === 'budgetNumber') as { required?: boolean }
  field.required = !field.required
  return after
}

describe('DiffView', () => {
  it('names a changed property and its values as the property panel does', () => {
    render(<DiffView diff={diffApps(procurement, requiredFlipped())} />)
    const row = document.querySelector('.diff-property')
    expect(row?.textContent).toMatch(/^必填(是→否|否→是)$/)
    expect(screen.getByText(/字段“预算编号”（budgetNumber） — 必填：/)).toBeTruthy()
  })

  it('in English too', () => {
    act(() => useLocaleStore.getState().setLocale('en'))
    render(<DiffView diff={diffApps(procurement, requiredFlipped())} />)
    expect(document.querySelector('.diff-property')?.textContent).toMatch(/^Required(yes→no|no→yes)$/)
  })
})
