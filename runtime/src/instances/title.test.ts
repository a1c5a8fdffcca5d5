import type { AppDefinition } from '@signoff/schemas'
import { getTemplate } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { instanceTitle } from './title.ts'

const app = (key: string) => getTemplate(key)?.app as AppDefinition

describe('instanceTitle', () => {
  it('fills the template with the initiator’s name and the values, money as entered', () => {
    const reimbursement = app('reimbursement')
    const title = instanceTitle(reimbursement, { total: '12000.00' }, '张三')
    expect(title).toBe(
      (reimbursement.form.titleTemplate?.['zh-CN'] ?? '')
        .replace('{initiator}', '张三')
        .replace('{total}', '12000.00'),
    )
    expect(title).toContain('张三')
    expect(title).toContain('12000.00')
  })

  it('shows an option’s label, not its code, and leaves unknown placeholders as written', () => {
    const base = app('leave')
    const definition = {
      ...base,
      form: { ...base.form, titleTemplate: { 'zh-CN': '{initiator}的{leaveType}（{nope}）' } },
    }
    expect(instanceTitle(definition, { leaveType: 'annual' }, '李四')).toBe('李四的年假（{nope}）')
  })

  it('falls back to "<name>的<app>" without a template', () => {
    const base = app('leave')
    const definition = { ...base, form: { ...base.form, titleTemplate: undefined } }
    expect(instanceTitle(definition, {}, '王五')).toBe(`王五的${base.name['zh-CN']}`)
  })
})
