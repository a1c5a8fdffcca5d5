import { demoDirectory, platformDirectory, sampleSubmissions, templateKeys } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { initialValues } from '../fields/registry.ts'
import { zhangsan } from '../testing/demo-services.ts'
import { templateForm } from '../testing/templates.ts'
import type { RuleContext } from '../types.ts'
import { validateSubmission } from './validate.ts'

function contextOf(login: string): RuleContext {
  const directory = [demoDirectory, platformDirectory].find((d) => d.users.some((u) => u.id === login))
  const user = directory?.users.find((u) => u.id === login)
  const departments: string[] = []
  for (
    let id = user?.departmentId ?? null;
    id;
    id = directory?.departments.find((d) => d.id === id)?.parentId ?? null
  )
    departments.push(id)
  return {
    initiator: { id: login, department: departments[0] ?? '', departments, roles: user?.roles ?? [] },
    today: '2026-11-23',
  }
}

describe('validateSubmission', () => {
  it.each(templateKeys)('accepts the %s sample submission as the server does', (key) => {
    const sample = sampleSubmissions[key]
    const outcome = validateSubmission(templateForm(key), sample.values, {
      context: contextOf(sample.initiator),
    })
    expect(outcome.errors).toEqual({})
    expect(outcome.ok).toBe(true)
  })

  it('computes formulas into what is submitted', () => {
    const { values } = sampleSubmissions.reimbursement
    const outcome = validateSubmission(templateForm('reimbursement'), values, { context: zhangsan })
    expect(outcome.value.total).toBe('1989.50')
  })

  it('leaves out the values of hidden fields, as the server keeps them', () => {
    const form = templateForm('leave')
    const values = {
      ...sampleSubmissions.leave.values,
      proof: [{ id: 'a', name: 'x.pdf', size: 1, mime: 'application/pdf' }],
    }
    const outcome = validateSubmission(form, values, { context: zhangsan })
    expect(outcome.ok).toBe(true)
    expect(outcome.value).not.toHaveProperty('proof')
  })

  it('reports each problem at the path of its field or cell, in zh-CN by default and in en', () => {
    const form = templateForm('reimbursement')
    const values = {
      items: [{ expenseDate: '2026-11-20', category: 'travel', amount: '12.345' }],
      payeeAccount: '12',
    }
    const zh = validateSubmission(form, values, { context: zhangsan })
    expect(zh.ok).toBe(false)
    expect(zh.errors).toMatchObject({
      '/items/0/amount': '最多 2 位小数',
      '/items/0/receipt': '此项为必填',
      '/payeeName': '此项为必填',
      '/payeeAccount': '请输入 8–30 位数字的银行账号',
    })
    const en = validateSubmission(form, values, { context: zhangsan, locale: 'en' })
    expect(en.errors['/items/0/amount']).toBe('At most 2 decimal places')
    expect(en.errors['/payeeName']).toBe('This field is required')
  })

  it('checks without generating code, as a page under a CSP without unsafe-eval must', () => {
    const { Function: realFunction, eval: realEval } = globalThis
    const refuse = () => {
      throw new EvalError('Refused to evaluate a string as JavaScript')
    }
    globalThis.Function = refuse as unknown as FunctionConstructor
    globalThis.eval = refuse
    try {
      // A fresh copy, so nothing built before this test is reused.
      const form = structuredClone(templateForm('leave'))
      const outcome = validateSubmission(form, {}, { context: zhangsan })
      expect(outcome.ok).toBe(false)
      expect(Object.values(outcome.errors)).toContain('此项为必填')
      const sample = sampleSubmissions.leave
      const valid = validateSubmission(form, sample.values, { context: contextOf(sample.initiator) })
      expect(valid.errors).toEqual({})
    } finally {
      globalThis.Function = realFunction
      globalThis.eval = realEval
    }
  })

  it('counts rows of a required detail table', () => {
    const outcome = validateSubmission(templateForm('reimbursement'), { items: [] }, { context: zhangsan })
    expect(outcome.errors['/items']).toBe('至少需要 1 行')
  })
})

describe('initialValues', () => {
  it("fills defaults: the initiator's department, default options, one row of a required table", () => {
    expect(initialValues(templateForm('reimbursement'), zhangsan)).toEqual({
      items: [{}],
      costCenter: 'brand',
      crossBorder: 'no',
    })
  })
})
