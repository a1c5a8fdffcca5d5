// @vitest-environment jsdom
import type { Condition } from '@signoff/schemas'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import '@signoff/form-renderer/testing/dom-setup'
import { ConditionBuilder } from './condition-builder.tsx'
import { testForm } from './test-form.ts'

let stored: Condition | undefined

function Harness({ initial, locale = 'en' }: { initial?: Condition; locale?: 'en' | 'zh-CN' }) {
  const [value, setValue] = useState<Condition | undefined>(initial)
  return (
    <ConditionBuilder
      value={value}
      onChange={(next) => {
        stored = next
        setValue(next)
      }}
      form={testForm}
      locale={locale}
    />
  )
}

/** Opens an antd Select and clicks the option with that text. */
function choose(select: HTMLElement, option: string) {
  const box = select.closest('.ant-select') ?? select
  fireEvent.mouseDown(box.querySelector('.ant-select-selector, .ant-select-content') ?? box)
  const options = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].filter(
    (item) => item.textContent === option && !item.closest('.ant-select-dropdown-hidden'),
  )
  const last = options.at(-1)
  if (!last) throw new Error(`no option "${option}"`)
  fireEvent.click(last)
}

describe('ConditionBuilder', () => {
  it('builds "amount > 5000 AND urgency in [urgent]" by clicking and shows its CEL', () => {
    render(<Harness />)
    fireEvent.click(screen.getByRole('button', { name: /Add condition/ }))
    const rows = () => document.querySelectorAll<HTMLElement>('.condition-row')
    const first = rows()[0] as HTMLElement
    choose(within(first).getByLabelText('Field'), 'Amount')
    choose(within(first).getByLabelText('Operator'), 'greater than')
    fireEvent.change(within(first).getByLabelText('Value'), { target: { value: '5000' } })
    fireEvent.click(screen.getByRole('button', { name: /Add condition/ }))
    const second = rows()[1] as HTMLElement
    choose(within(second).getByLabelText('Field'), 'Urgency')
    choose(within(second).getByLabelText('Operator'), 'is one of')
    choose(within(second).getByLabelText('Value'), 'urgent')
    expect(stored).toEqual({
      all: [
        { field: 'amount', op: 'gt', value: '5000' },
        { field: 'urgency', op: 'in', value: ['urgent'] },
      ],
    })
    expect(screen.getByTestId('compiled-cel').textContent).toBe(
      '((has(form.amount) && form.amount > decimal("5000")) && (has(form.urgency) && form.urgency in ["urgent"]))',
    )
    expect(screen.getByText(/Type-checks/)).toBeTruthy()
  })

  it('opens a branch not written yet (`true`) as an empty visual builder and replaces it with the first row', () => {
    stored = undefined
    render(<Harness initial={{ cel: 'true' }} />)
    expect(screen.queryByLabelText('CEL condition')).toBeNull()
    expect(document.querySelectorAll('.condition-row')).toHaveLength(0)
    fireEvent.click(screen.getByRole('button', { name: /Add condition/ }))
    const row = document.querySelector<HTMLElement>('.condition-row') as HTMLElement
    choose(within(row).getByLabelText('Field'), 'Amount')
    choose(within(row).getByLabelText('Operator'), 'greater than')
    fireEvent.change(within(row).getByLabelText('Value'), { target: { value: '5000' } })
    expect(stored).toEqual({ field: 'amount', op: 'gt', value: '5000' })
  })

  it('switches an AND group to OR', () => {
    render(
      <Harness
        initial={{
          all: [
            { field: 'amount', op: 'gt', value: '1' },
            { field: 'count', op: 'empty' },
          ],
        }}
      />,
    )
    choose(screen.getByLabelText('All of (AND)'), 'Any of (OR)')
    expect(stored).toEqual({
      any: [
        { field: 'amount', op: 'gt', value: '1' },
        { field: 'count', op: 'empty' },
      ],
    })
    expect(screen.getByTestId('compiled-cel').textContent).toContain(' || ')
  })

  it('type-checks advanced CEL as it is typed and shows the error', () => {
    render(<Harness initial={{ field: 'amount', op: 'gt', value: '5000' }} />)
    fireEvent.click(screen.getByTitle('CEL'))
    const editor = screen.getByLabelText('CEL condition') as HTMLTextAreaElement
    expect(editor.value).toBe('(has(form.amount) && form.amount > decimal("5000"))')
    fireEvent.change(editor, { target: { value: 'form.amount > "cheap"' } })
    expect(stored).toEqual({ cel: 'form.amount > "cheap"' })
    expect(screen.getByRole('alert').textContent).toMatch(/no matching overload|decimal|string/i)
    fireEvent.change(editor, { target: { value: 'form.nothing == 1' } })
    expect(screen.getByRole('alert').textContent).toContain('there is no field "nothing" in this form')
    fireEvent.change(editor, { target: { value: 'form.amount > 100 && form.urgency == "urgent"' } })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText(/Type-checks/)).toBeTruthy()
  })

  it('shows CEL and row problems in Chinese in a Chinese UI', () => {
    render(<Harness initial={{ cel: 'form.amount > "cheap"' }} locale="zh-CN" />)
    expect(screen.getByRole('alert').textContent).toContain('数字和文本不能用“>”运算')
    fireEvent.change(screen.getByLabelText('CEL 条件'), { target: { value: 'form.nothing == 1' } })
    expect(screen.getByRole('alert').textContent).toContain('表单中没有字段“nothing”')
  })

  it('goes back to the visual tree when the CEL was not changed, reads simple CEL into rows, keeps the rest as CEL', () => {
    const tree: Condition = { all: [{ field: 'amount', op: 'gt', value: '5000' }] }
    render(<Harness initial={tree} />)
    fireEvent.click(screen.getByTitle('CEL'))
    fireEvent.click(screen.getByTitle('Visual'))
    expect(stored).toEqual(tree)
    fireEvent.click(screen.getByTitle('CEL'))
    fireEvent.change(screen.getByLabelText('CEL condition'), {
      target: { value: 'form.count > 3 || form.urgency in ["urgent"]' },
    })
    fireEvent.click(screen.getByTitle('Visual'))
    expect(stored).toEqual({
      any: [
        { field: 'count', op: 'gt', value: '3' },
        { field: 'urgency', op: 'in', value: ['urgent'] },
      ],
    })
    expect(document.querySelectorAll('.condition-row')).toHaveLength(2)
    fireEvent.click(screen.getByTitle('CEL'))
    fireEvent.change(screen.getByLabelText('CEL condition'), {
      target: { value: 'form.items.exists(r, r.qty > 3)' },
    })
    fireEvent.click(screen.getByTitle('Visual'))
    expect(stored).toEqual({ cel: 'form.items.exists(r, r.qty > 3)' })
    expect((screen.getByLabelText('CEL condition') as HTMLTextAreaElement).value).toBe(
      'form.items.exists(r, r.qty > 3)',
    )
    expect(screen.getByText(/kept as one CEL condition/)).toBeTruthy()
  })

  it('follows a value changed from outside (undo, another field) while in CEL mode', () => {
    const props = { onChange: () => {}, form: testForm, locale: 'en' as const }
    const view = render(<ConditionBuilder value={{ cel: 'form.count > 1' }} {...props} />)
    expect((screen.getByLabelText('CEL condition') as HTMLTextAreaElement).value).toBe('form.count > 1')
    view.rerender(<ConditionBuilder value={{ cel: 'form.count > 2' }} {...props} />)
    expect((screen.getByLabelText('CEL condition') as HTMLTextAreaElement).value).toBe('form.count > 2')
  })

  it('shows a problem under the row it belongs to', () => {
    render(
      <Harness
        initial={{
          all: [
            { field: 'amount', op: 'gt', value: '1' },
            { field: 'urgency', op: 'eq', value: 'someday' },
          ],
        }}
      />,
    )
    const [good, bad] = [...document.querySelectorAll<HTMLElement>('.condition-row')]
    expect(within(good as HTMLElement).queryByRole('alert')).toBeNull()
    expect(within(bad as HTMLElement).getByRole('alert').textContent).toContain(
      '"someday" is not an option of',
    )
    expect(screen.queryByText(/Type-checks/)).toBeNull()
  })

  it('removes the last test and stores no condition', () => {
    render(<Harness initial={{ field: 'amount', op: 'notEmpty' }} />)
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }))
    expect(stored).toBeUndefined()
    expect(screen.getByText('No condition')).toBeTruthy()
  })
})
