import { describe, expect, it } from 'vitest'
// The built-in templates, read by path: schemas sits below templates and must not depend on it.
import enterpriseApp from '../../../packages/templates/apps/enterprise-certification.json' with {
  type: 'json',
}
import individualApp from '../../../packages/templates/apps/individual-certification.json' with {
  type: 'json',
}
import leaveApp from '../../../packages/templates/apps/leave.json' with { type: 'json' }
import procurementApp from '../../../packages/templates/apps/procurement.json' with { type: 'json' }
import reimbursementApp from '../../../packages/templates/apps/reimbursement.json' with { type: 'json' }
import enterpriseSample from '../../../packages/templates/samples/enterprise-certification.json' with {
  type: 'json',
}
import individualSample from '../../../packages/templates/samples/individual-certification.json' with {
  type: 'json',
}
import leaveSample from '../../../packages/templates/samples/leave.json' with { type: 'json' }
import procurementSample from '../../../packages/templates/samples/procurement.json' with { type: 'json' }
import reimbursementSample from '../../../packages/templates/samples/reimbursement.json' with { type: 'json' }
import type { FormDefinition } from '../generated/types.ts'
import { pruneHidden } from './prune-hidden.ts'
import { issuesOf } from './test-forms.ts'

type Values = Record<string, unknown>

const templates = {
  leave: [leaveApp.form, leaveSample.values],
  reimbursement: [reimbursementApp.form, reimbursementSample.values],
  procurement: [procurementApp.form, procurementSample.values],
  'enterprise-certification': [enterpriseApp.form, enterpriseSample.values],
  'individual-certification': [individualApp.form, individualSample.values],
} as unknown as Record<string, [FormDefinition, Values]>

const [leave, leaveValues] = templates.leave as [FormDefinition, Values]
const [reimbursement, reimbursementValues] = templates.reimbursement as [FormDefinition, Values]
const [procurement, procurementValues] = templates.procurement as [FormDefinition, Values]
const [enterprise, enterpriseValues] = templates['enterprise-certification'] as [FormDefinition, Values]

/** The sample with `change` applied to a deep copy. */
function changed(values: Values, change: (copy: Values) => void): Values {
  const copy = structuredClone(values)
  change(copy)
  return copy
}

/** Row `index` (0-based) of the table `id`, or of a list of files. */
const entry = (values: Values, id: string, index: number) => (values[id] as Values[])[index] as Values

describe('built-in templates', () => {
  it.each(Object.entries(templates))('accepts the %s sample submission', (_, [definition, values]) => {
    expect(issuesOf(definition, values)).toEqual([])
  })

  it.each(Object.entries(templates))(
    '%s: the sample has no hidden values to prune',
    (_, [definition, values]) => {
      expect(pruneHidden(definition, values)).toEqual(values)
    },
  )

  it.each<[string, FormDefinition, Values, [string, string][]]>([
    [
      'reimbursement without the receipt of row 2',
      reimbursement,
      changed(reimbursementValues, (v) => {
        delete entry(v, 'items', 1).receipt
      }),
      [['/items/1/receipt', 'submission.required']],
    ],
    [
      'reimbursement with a row amount as a JSON number',
      reimbursement,
      changed(reimbursementValues, (v) => Object.assign(entry(v, 'items', 0), { amount: 553 })),
      [['/items/0/amount', 'submission.money.type']],
    ],
    [
      'reimbursement with a PDF as a receipt image',
      reimbursement,
      changed(reimbursementValues, (v) =>
        Object.assign(entry(v, 'items', 2), {
          receipt: [{ id: 'att_x', name: '发票.pdf', size: 1000, mime: 'application/pdf' }],
        }),
      ),
      [['/items/2/receipt/0', 'submission.file.accept']],
    ],
    [
      'reimbursement with a submitted total (ignored, recomputed)',
      reimbursement,
      changed(reimbursementValues, (v) => Object.assign(v, { total: '1.00' })),
      [],
    ],
    [
      'leave with supporting documents for annual leave (hidden)',
      leave,
      changed(leaveValues, (v) =>
        Object.assign(v, { proof: [{ id: 'att_p', name: '证明.pdf', size: 1000, mime: 'application/pdf' }] }),
      ),
      [['/proof', 'submission.hidden']],
    ],
    [
      'leave ending in the morning of the day it starts in the afternoon',
      leave,
      changed(leaveValues, (v) =>
        Object.assign(v, {
          period: { start: '2026-12-01', startHalf: 'pm', end: '2026-12-01', endHalf: 'am' },
        }),
      ),
      [['/period', 'submission.dateRange.order']],
    ],
    [
      'procurement with a fractional quantity beyond two places',
      procurement,
      changed(procurementValues, (v) => Object.assign(entry(v, 'items', 0), { quantity: 2.125 })),
      [['/items/0/quantity', 'submission.number.precision']],
    ],
    [
      'procurement with a budget number that does not match its pattern',
      procurement,
      changed(procurementValues, (v) => Object.assign(v, { budgetNumber: 'YS 2026' })),
      [['/budgetNumber', 'submission.text.format']],
    ],
    [
      'enterprise certification with a corrupted credit code',
      enterprise,
      changed(enterpriseValues, (v) => Object.assign(v, { creditCode: '91350100M000100Y44' })),
      [['/creditCode', 'submission.creditCode.format']],
    ],
    [
      'enterprise certification in medicine without the industry permit',
      enterprise,
      changed(enterpriseValues, (v) => Object.assign(v, { industry: 'medical' })),
      [['/industryPermit', 'submission.required']],
    ],
    [
      'enterprise certification with a deposit amount of 0.001',
      enterprise,
      changed(enterpriseValues, (v) => Object.assign(v, { depositAmount: '0.001' })),
      [['/depositAmount', 'submission.money.precision']],
    ],
    [
      'enterprise certification with a 6 MB licence',
      enterprise,
      changed(enterpriseValues, (v) =>
        Object.assign(entry(v, 'businessLicence', 0), { size: 6 * 1024 * 1024 }),
      ),
      [['/businessLicence/0/size', 'submission.file.size']],
    ],
  ])('rejects or accepts %s', (_, definition, values, issues) => {
    expect(issuesOf(definition, values)).toEqual(issues)
  })
})
