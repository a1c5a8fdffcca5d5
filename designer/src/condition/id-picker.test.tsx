// @vitest-environment jsdom
import type { Condition, Directory } from '@signoff/schemas'
import { fireEvent, render, waitFor, within } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import '@signoff/form-renderer/testing/dom-setup'
import { ConditionBuilder } from './condition-builder.tsx'
import { testForm } from './test-form.ts'

const directory: Directory = {
  departments: [{ id: 'finance', name: '财务部', parentId: null, headId: 'qianqi' }],
  roles: [{ id: 'cfo', name: { 'zh-CN': '财务总监', en: 'CFO' } }],
  users: [{ id: 'qianqi', name: '钱七', departmentId: 'finance', roles: ['cfo'] }],
}

beforeAll(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(directory), { status: 200 })),
  )
})
afterAll(() => {
  vi.unstubAllGlobals()
})

describe('directory pickers', () => {
  it('picks a member and an initiator department by name', async () => {
    let stored: Condition | undefined
    render(
      <ConditionBuilder
        value={{
          all: [
            { field: 'owner', op: 'eq' },
            { initiator: 'department', op: 'within', value: ['legacy'] },
          ],
        }}
        onChange={(next) => {
          stored = next
        }}
        form={testForm}
        locale="en"
      />,
    )
    const [member, initiator] = [...document.querySelectorAll<HTMLElement>('.condition-row')] as HTMLElement[]
    const open = async (row: HTMLElement | undefined, option: string) => {
      const select = within(row as HTMLElement)
        .getByLabelText('Value')
        .closest('.ant-select') as HTMLElement
      await waitFor(() => expect(select.classList.contains('ant-select-show-search')).toBe(true))
      const input = select.querySelector('input') as HTMLInputElement
      fireEvent.mouseDown(input)
      fireEvent.change(input, { target: { value: option.slice(0, 2) } })
      const found = await waitFor(() => {
        const items = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].filter(
          (item) => item.textContent === option,
        )
        expect(items.length).toBeGreaterThan(0)
        return items
      })
      fireEvent.click(found.at(-1) as HTMLElement)
    }
    await open(member, '钱七 (qianqi)')
    expect(stored).toEqual({
      all: [
        { field: 'owner', op: 'eq', value: 'qianqi' },
        { initiator: 'department', op: 'within', value: ['legacy'] },
      ],
    })
    await open(initiator, '财务部')
    expect(stored).toMatchObject({ all: [{}, { initiator: 'department', value: ['legacy', 'finance'] }] })
  })
})
