// @vitest-environment jsdom
import type { Field } from '@signoff/schemas'
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import '@signoff/form-renderer/testing/dom-setup'
import { testForm } from '../condition/test-form.ts'
import { FormulaEditor } from './formula-editor.tsx'

const total = testForm.fields.find((field) => field.id === 'total') as Field

function Harness({ initial, locale = 'en' }: { initial: string; locale?: 'en' | 'zh-CN' }) {
  const [value, setValue] = useState<string | undefined>(initial)
  return <FormulaEditor value={value} onChange={setValue} field={total} form={testForm} locale={locale} />
}

function choose(label: string, option: RegExp) {
  const select = screen.getByLabelText(label).closest('.ant-select') as HTMLElement
  fireEvent.mouseDown(select.querySelector('.ant-select-selector, .ant-select-content') ?? select)
  const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((item) =>
    option.test(item.textContent ?? ''),
  )
  if (!found) throw new Error(`no option ${option}`)
  fireEvent.click(found)
}

describe('FormulaEditor', () => {
  it('shows the result type of a money formula and that it fits', () => {
    render(<Harness initial="sum(form.items.map(r, r.subtotal))" />)
    expect(screen.getByText('number')).toBeTruthy()
    expect(screen.getByText(/Fits the result type/)).toBeTruthy()
  })

  it('shows why a text formula does not fit a money field', () => {
    render(<Harness initial="form.title" />)
    expect(screen.getByText('text')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('the expression gives text, but a number')
  })

  it('shows the problem in Chinese in a Chinese UI, naming the result type in owner words', () => {
    render(<Harness initial="form.title" locale="zh-CN" />)
    const alert = screen.getByRole('alert').textContent
    expect(alert).toContain('表达式得到的是文本，这里需要金额')
    expect(alert).not.toContain('the expression gives')
  })

  it('shows a CEL syntax error in Chinese with its position', () => {
    render(<Harness initial="form.amount +* 2" locale="zh-CN" />)
    expect(screen.getByRole('alert').textContent).toContain('这里不应出现“*”（第 14 个字符处）')
  })

  it('inserts a picked field at the caret and re-checks', () => {
    render(<Harness initial="" />)
    expect(screen.getByRole('alert').textContent).toContain('has no expression')
    choose('Insert field', /form\.amount$/)
    expect((screen.getByLabelText('Formula') as HTMLTextAreaElement).value).toBe('form.amount')
    expect(screen.queryByRole('alert')).toBeNull()
    choose('Functions', /^round/)
    expect((screen.getByLabelText('Formula') as HTMLTextAreaElement).value).toBe('form.amountround(, 2)')
    expect(screen.getByRole('alert')).toBeTruthy()
  })
})
