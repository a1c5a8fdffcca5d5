// @vitest-environment jsdom
import '../testing/dom-setup.ts'
import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderForm } from '../testing/form-harness.tsx'
import { formWith } from '../testing/pick.ts'

describe('layout fields', () => {
  it('a description shows its text and takes no value', () => {
    renderForm(formWith('hint'), { locale: 'en' })
    expect(screen.getByText('Fill in truthfully.')).toBeTruthy()
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it("a group and columns lay fields out; their fields' values stand at the top level", () => {
    const { values } = renderForm(formWith('box', 'cols'))
    expect(screen.getByRole('region', { name: '分组' })).toBeTruthy()
    fireEvent.change(screen.getByLabelText('组内文本'), { target: { value: '甲' } })
    fireEvent.change(screen.getByLabelText('左栏'), { target: { value: '左' } })
    fireEvent.change(screen.getByLabelText('右栏'), { target: { value: '右' } })
    expect(values()).toEqual({ inside: '甲', left: '左', right: '右' })
  })

  it('a permission on a layout field passes to the fields inside it', () => {
    renderForm(formWith('box'), { permissions: { box: 'read' }, value: { inside: '只读内容' } })
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(screen.getByText('只读内容')).toBeTruthy()
  })
})

describe('detail table', () => {
  const rows = [
    { what: '笔', price: '10.50' },
    { what: '纸', price: '20.00' },
  ]

  it('adds rows and edits cells as a list of row objects', () => {
    const { values } = renderForm(formWith('items'))
    fireEvent.click(screen.getByRole('button', { name: '+ 添加一行' }))
    fireEvent.change(screen.getByLabelText('品名'), { target: { value: '笔' } })
    fireEvent.change(screen.getByLabelText('单价'), { target: { value: '10.5' } })
    expect(values()).toEqual({ items: [{ what: '笔', price: '10.5' }] })
  })

  it('totals its columns exactly as rows change', () => {
    renderForm(formWith('items'), { value: { items: rows } })
    expect(screen.getByText('¥30.50')).toBeTruthy()
    fireEvent.change(screen.getAllByLabelText('单价')[1] as HTMLElement, { target: { value: '0.20' } })
    expect(screen.getByText('¥10.70')).toBeTruthy()
  })

  it('moves and removes rows, keeping each row whole', () => {
    const { values } = renderForm(formWith('items'), { value: { items: rows } })
    fireEvent.click(screen.getByRole('button', { name: '下移 第 1 行' }))
    expect(values().items).toEqual([rows[1], rows[0]])
    expect((screen.getAllByLabelText('品名')[0] as HTMLInputElement).value).toBe('纸')
    fireEvent.click(screen.getByRole('button', { name: '上移 第 2 行' }))
    expect(values().items).toEqual(rows)
    fireEvent.click(screen.getByRole('button', { name: '删除此行 第 1 行' }))
    expect(values().items).toEqual([rows[1]])
    expect(screen.getByText('¥20.00')).toBeTruthy()
  })

  it('stops adding at maxRows', () => {
    renderForm(formWith('items'), { value: { items: [...rows, { what: '墨' }] } })
    expect(screen.getByRole('button', { name: '+ 添加一行' }).hasAttribute('disabled')).toBe(true)
  })

  it('shows a message on the cell it is about', () => {
    renderForm(formWith('items'), { value: { items: [{ price: '1.00' }, { what: '纸' }] }, showErrors: true })
    const [first, second] = screen.getAllByRole('group', { name: /第 \d 行/ })
    expect(within(first as HTMLElement).getByText('此项为必填')).toBeTruthy()
    expect(within(second as HTMLElement).queryByText('此项为必填')).toBeNull()
  })

  it('reads as a table with its totals', () => {
    renderForm(formWith('items'), { mode: 'read', value: { items: rows } })
    expect(screen.getByRole('table')).toBeTruthy()
    expect(screen.getAllByRole('row')).toHaveLength(3)
    expect(screen.getByText('¥30.50')).toBeTruthy()
  })
})
