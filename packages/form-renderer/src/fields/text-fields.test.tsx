// @vitest-environment jsdom
import '../testing/dom-setup.ts'
import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderForm } from '../testing/form-harness.tsx'
import { formWith } from '../testing/pick.ts'

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } })

describe('text fields', () => {
  it('text and textarea submit their text; clearing removes the value', () => {
    const { values } = renderForm(formWith('title', 'note'))
    type('标题', '差旅')
    type('备注', '第一行\n第二行')
    expect(values()).toEqual({ title: '差旅', note: '第一行\n第二行' })
    type('标题', '')
    expect(values()).toEqual({ note: '第一行\n第二行' })
  })

  it('checks formats live with the submission schema, beside the field', () => {
    renderForm(formWith('phone', 'mail', 'idNo', 'uscc', 'account'))
    type('电话', '12345')
    type('邮箱', 'not-an-email')
    type('身份证号', '110101199003071234')
    type('信用代码', '91350100M000100Y4X')
    type('银行账号', '62 22')
    expect(screen.getByText('请输入有效的手机号，如 13812345678')).toBeTruthy()
    expect(screen.getByText('请输入有效的邮箱地址')).toBeTruthy()
    expect(screen.getByText('请输入有效的 18 位身份证号')).toBeTruthy()
    expect(screen.getByText('请输入有效的 18 位统一社会信用代码')).toBeTruthy()
    expect(screen.getByText('请输入 8–30 位数字的银行账号')).toBeTruthy()
    expect(screen.getByLabelText('电话').getAttribute('aria-invalid')).toBe('true')
  })

  it('accepts valid numbers and keeps what was typed (upper-cased check characters)', () => {
    const { values } = renderForm(formWith('phone', 'mail', 'idNo', 'uscc', 'account'))
    type('电话', '13812345678')
    type('邮箱', 'zhangsan@example.com')
    type('身份证号', '11010519491231002x')
    type('信用代码', '91350100M000100Y43')
    type('银行账号', '6222 0210 0112 3456')
    expect(values()).toEqual({
      phone: '13812345678',
      mail: 'zhangsan@example.com',
      idNo: '11010519491231002X',
      uscc: '91350100M000100Y43',
      account: '6222 0210 0112 3456',
    })
    expect(document.querySelector('[aria-invalid="true"]')).toBeNull()
  })
})
