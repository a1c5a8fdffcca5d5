// @vitest-environment jsdom
import './testing/dom-setup.ts'
import type { FormDefinition } from '@signoff/schemas'
import { demoDirectory, sampleSubmissions } from '@signoff/templates'
import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { demoServices, zhangsan } from './testing/demo-services.ts'
import { renderForm } from './testing/form-harness.tsx'
import { templateForm } from './testing/templates.ts'

const services = demoServices(demoDirectory)

describe('rules live on the leave form', () => {
  it('shows the proof field as soon as sick leave is chosen', async () => {
    const user = userEvent.setup({ delay: null })
    const { values } = renderForm(templateForm('leave'), {
      context: zhangsan,
      services,
      value: { leaveType: 'annual' },
    })
    expect(screen.queryByLabelText('证明材料')).toBeNull()
    await user.click(screen.getByLabelText('请假类型'))
    await user.click(screen.getByTitle('病假'))
    expect(values().leaveType).toBe('sick')
    expect(screen.getByLabelText('证明材料')).toBeTruthy()
  })

  it('computes the working days as the dates change', async () => {
    const user = userEvent.setup({ delay: null })
    const value = { period: { start: '2026-11-23', startHalf: 'am', end: '2026-11-25', endHalf: 'pm' } }
    renderForm(templateForm('leave'), { context: zhangsan, services, value })
    expect(screen.getByLabelText('时长（工作日）').textContent).toBe('3.0')
    await user.click(screen.getByLabelText('结束时段'))
    await user.click(screen.getAllByTitle('上午').at(-1) as HTMLElement)
    expect(screen.getByLabelText('时长（工作日）').textContent).toBe('2.5')
  })
})

describe('rules live on the reimbursement form', () => {
  it('totals the rows and shows the total in Chinese uppercase', () => {
    const { values } = sampleSubmissions.reimbursement
    renderForm(templateForm('reimbursement'), { context: zhangsan, services, value: values })
    expect(screen.getByLabelText('报销合计').textContent).toContain('¥1,989.50')
    fireEvent.change(screen.getAllByLabelText('金额')[0] as HTMLElement, { target: { value: '10553.00' } })
    expect(screen.getByLabelText('报销合计').textContent).toContain('¥11,989.50')
    expect(screen.getByText('大写：壹万壹仟玖佰捌拾玖元伍角整')).toBeTruthy()
  })

  it('puts each message on its own field after a submit attempt, in the user language', () => {
    const form = templateForm('reimbursement')
    const { unmount } = renderForm(form, {
      context: zhangsan,
      services,
      value: { crossBorder: 'no' },
      showErrors: true,
    })
    const payee = screen.getByLabelText('收款人户名')
    expect(payee.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(payee.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '此项为必填',
    )
    expect(screen.getByLabelText('跨境付款').getAttribute('aria-invalid')).toBeNull()
    unmount()
    renderForm(form, { context: zhangsan, services, locale: 'en', value: {}, showErrors: true })
    const name = screen.getByLabelText('Payee name')
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'This field is required',
    )
  })

  it('keeps quiet about untouched fields until errors are asked for', () => {
    renderForm(templateForm('reimbursement'), { context: zhangsan, services, value: {} })
    expect(screen.queryByText('此项为必填')).toBeNull()
    fireEvent.change(screen.getByLabelText('收款账号'), { target: { value: '12' } })
    expect(screen.getByText('请输入 8–30 位数字的银行账号')).toBeTruthy()
    expect(screen.queryByText('此项为必填')).toBeNull()
  })
})

describe('requiredWhen', () => {
  const form = {
    fields: [
      {
        id: 'abroad',
        type: 'radio',
        label: { 'zh-CN': '跨境' },
        options: [
          { value: 'yes', label: { 'zh-CN': '是' } },
          { value: 'no', label: { 'zh-CN': '否' } },
        ],
      },
      {
        id: 'swift',
        type: 'text',
        label: { 'zh-CN': 'SWIFT 代码' },
        requiredWhen: { field: 'abroad', op: 'eq', value: 'yes' },
      },
    ],
  } as FormDefinition

  it('marks a field required only while its condition holds', () => {
    renderForm(form, { showErrors: true, value: {} })
    expect(screen.getByLabelText('SWIFT 代码').getAttribute('aria-required')).toBeNull()
    fireEvent.click(screen.getByRole('radio', { name: '是' }))
    expect(screen.getByLabelText('SWIFT 代码').getAttribute('aria-required')).toBe('true')
    expect(screen.getByText('此项为必填')).toBeTruthy()
  })
})

describe('permissions and modes', () => {
  const { values } = sampleSubmissions.leave

  it("follows a node's field permissions: read shows the value, hidden shows nothing", async () => {
    renderForm(templateForm('leave'), {
      context: zhangsan,
      services,
      value: values,
      permissions: { reason: 'read', delegate: 'hidden' },
    })
    expect(screen.getByText('年底回老家探亲。')).toBeTruthy()
    expect(screen.queryByLabelText('请假事由')?.tagName).not.toBe('TEXTAREA')
    expect(screen.queryByText('代理人')).toBeNull()
    expect(screen.getByLabelText('请假类型')).toBeTruthy()
  })

  it('read mode shows every value without inputs', async () => {
    renderForm(templateForm('leave'), { context: zhangsan, services, value: values, mode: 'read' })
    expect(screen.queryAllByRole('textbox')).toHaveLength(0)
    expect(screen.queryAllByRole('combobox')).toHaveLength(0)
    expect(screen.getByText('年假')).toBeTruthy()
    expect(await screen.findByText('李四')).toBeTruthy()
  })

  it('print mode lays out labels and values without inputs or buttons', () => {
    const sample = sampleSubmissions.reimbursement
    const { container } = renderForm(templateForm('reimbursement'), {
      context: zhangsan,
      services,
      value: sample.values,
      mode: 'print',
    })
    expect(container.querySelectorAll('input, textarea, button')).toHaveLength(0)
    expect(container.querySelectorAll('.sf-print-item').length).toBeGreaterThan(5)
    expect(screen.getByText('¥1,250.50')).toBeTruthy()
    expect(screen.getByText('中国工商银行上海张江支行')).toBeTruthy()
  })
})
