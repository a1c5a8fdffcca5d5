import { computeFormulas } from '@signoff/expression'
import { createSubmissionValidator, type Issue } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { type SampleSubmission, sampleSubmissions } from './samples.ts'
import { getTemplate, type TemplateKey, templateKeys } from './templates.ts'

function validatorFor(key: TemplateKey) {
  const app = getTemplate(key)?.app
  if (!app) throw new Error(`no template ${key}`)
  return { form: app.form, validate: createSubmissionValidator(app.form) }
}

function issuesOf(key: TemplateKey, values: unknown): Issue[] {
  const result = validatorFor(key).validate(values)
  return result.ok ? [] : result.issues
}

type Values = SampleSubmission['values']
type Row = Record<string, unknown>

function withRow(values: Values, table: string, index: number, change: (row: Row) => Row): Values {
  const rows = (values[table] as Row[]).map((row, i) => (i === index ? change({ ...row }) : row))
  return { ...values, [table]: rows }
}

function without(row: Row, key: string): Row {
  const { [key]: _removed, ...rest } = row
  return rest
}

const sample = (key: TemplateKey) => sampleSubmissions[key].values

describe('sample submissions', () => {
  it.each(templateKeys)('the %s sample is a valid submission, before and after computing formulas', (key) => {
    const { form } = validatorFor(key)
    const values = sample(key)
    const initiator = {
      id: sampleSubmissions[key].initiator,
      department: 'root',
      departments: ['root'],
      roles: [],
    }
    expect(issuesOf(key, values)).toEqual([])
    expect(issuesOf(key, computeFormulas(form, values, { initiator }))).toEqual([])
  })
})

describe.each<[string, TemplateKey, Values, string]>([
  [
    'a reimbursement row without its receipt',
    'reimbursement',
    withRow(sample('reimbursement'), 'items', 1, (row) => without(row, 'receipt')),
    '/items/1/receipt',
  ],
  [
    'a reimbursement amount with three decimals',
    'reimbursement',
    withRow(sample('reimbursement'), 'items', 0, (row) => ({ ...row, amount: '553.001' })),
    '/items/0/amount',
  ],
  [
    'a reimbursement amount sent as a JSON number',
    'reimbursement',
    withRow(sample('reimbursement'), 'items', 2, (row) => ({ ...row, amount: 186 })),
    '/items/2/amount',
  ],
  ['a reimbursement without rows', 'reimbursement', { ...sample('reimbursement'), items: [] }, '/items'],
  [
    'a credit code with one character changed',
    'enterprise-certification',
    { ...sample('enterprise-certification'), creditCode: '91350100M000100Y44' },
    '/creditCode',
  ],
  [
    'an ID number with a wrong check digit',
    'enterprise-certification',
    { ...sample('enterprise-certification'), legalRepIdNumber: '110105194912310021' },
    '/legalRepIdNumber',
  ],
  [
    'an education business without its industry permit',
    'enterprise-certification',
    { ...sample('enterprise-certification'), industry: 'education' },
    '/industryPermit',
  ],
  [
    'a business licence that is a Word document',
    'enterprise-certification',
    {
      ...sample('enterprise-certification'),
      businessLicence: [
        {
          id: 'att_doc',
          name: '营业执照.docx',
          size: 20480,
          mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
      ],
    },
    '/businessLicence/0',
  ],
  [
    'a business licence over 5 MB',
    'enterprise-certification',
    {
      ...sample('enterprise-certification'),
      businessLicence: [{ id: 'att_big', name: '营业执照.pdf', size: 5242881, mime: 'application/pdf' }],
    },
    '/businessLicence/0/size',
  ],
  [
    "an operator's ID number with a wrong check digit",
    'individual-certification',
    { ...sample('individual-certification'), operatorIdNumber: '330106198805120032' },
    '/operatorIdNumber',
  ],
  [
    'a procurement row without its quantity',
    'procurement',
    withRow(sample('procurement'), 'items', 1, (row) => without(row, 'quantity')),
    '/items/1/quantity',
  ],
  [
    'a budget number with spaces',
    'procurement',
    { ...sample('procurement'), budgetNumber: 'YS 2026 018' },
    '/budgetNumber',
  ],
  ['a leave request without a delegate', 'leave', without(sample('leave'), 'delegate'), '/delegate'],
  [
    'a leave type the form does not offer',
    'leave',
    { ...sample('leave'), leaveType: 'sabbatical' },
    '/leaveType',
  ],
])('%s', (_case, key, values, path) => {
  it(`is refused at ${path}`, () => {
    expect(issuesOf(key, values).map((issue) => issue.path)).toContain(path)
  })
})

describe('conditional requirements', () => {
  it('accepts an education business that attaches its permit', () => {
    const permit = [{ id: 'att_permit', name: '办学许可证.pdf', size: 204800, mime: 'application/pdf' }]
    const values = { ...sample('enterprise-certification'), industry: 'education', industryPermit: permit }
    expect(issuesOf('enterprise-certification', values)).toEqual([])
  })
})
