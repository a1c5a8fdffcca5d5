import { computeFormulas, evaluateCondition, type Initiator } from '@signoff/expression'
import type { ConditionNode, Directory } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { demoDirectory } from './demo-directory.ts'
import { sampleSubmissions } from './samples.ts'
import { getTemplate, type TemplateKey } from './templates.ts'

function initiatorOf(directory: Directory, userId: string): Initiator {
  const user = directory.users.find((u) => u.id === userId)
  const departments: string[] = []
  let department = directory.departments.find((d) => d.id === user?.departmentId)
  while (department) {
    departments.push(department.id)
    department = directory.departments.find((d) => d.id === department?.parentId)
  }
  return { id: userId, department: departments[0] ?? '', departments, roles: user?.roles ?? [] }
}

function computed(key: TemplateKey, overrides: Record<string, unknown> = {}) {
  const app = getTemplate(key)?.app
  if (!app) throw new Error(`no template ${key}`)
  const sample = sampleSubmissions[key]
  const initiator = initiatorOf(demoDirectory, sample.initiator)
  const values = computeFormulas(
    app.form,
    { ...sample.values, ...overrides },
    { initiator, today: '2026-11-23' },
  )
  // The branch each condition node takes for these values, by node id.
  const branches = Object.fromEntries(
    app.flow.nodes
      .filter((node): node is ConditionNode => node.kind === 'condition')
      .map((node) => [
        node.id,
        node.branches.find(
          (b) =>
            b.default || (b.condition && evaluateCondition(b.condition, app.form, { values, initiator })),
        )?.id,
      ]),
  )
  return { values, branches }
}

describe('sample submissions computed and routed', () => {
  it('leave: four working days, so the next supervisor is asked too', () => {
    const { values, branches } = computed('leave')
    expect(Number(values.duration)).toBe(4)
    expect(branches).toEqual({ durationCheck: 'longLeave' })
  })

  it.each([
    [{ start: '2026-12-01', startHalf: 'am', end: '2026-12-03', endHalf: 'pm' }, 3, 'shortLeave'],
    [{ start: '2026-12-01', startHalf: 'pm', end: '2026-12-04', endHalf: 'pm' }, 3.5, 'longLeave'],
    [{ start: '2026-12-04', startHalf: 'am', end: '2026-12-07', endHalf: 'am' }, 1.5, 'shortLeave'],
  ])('leave over %j lasts %d days and takes %s', (period, days, branch) => {
    const { values, branches } = computed('leave', { period })
    expect(Number(values.duration)).toBe(days)
    expect(branches.durationCheck).toBe(branch)
  })

  it('reimbursement: totals the rows exactly and stays with the finance manager', () => {
    const { values, branches } = computed('reimbursement')
    expect(values.total).toBe('1989.50')
    expect(branches).toEqual({ crossBorderCheck: 'domesticPayment', amountCheck: 'withinLimit' })
  })

  it.each([
    ['10000.00', 'withinLimit'],
    ['10000.01', 'overLimit'],
  ])('reimbursement of %s goes to %s', (amount, branch) => {
    const items = [{ ...(sampleSubmissions.reimbursement.values.items as object[])[0], amount }]
    const { values, branches } = computed('reimbursement', { items, crossBorder: 'yes' })
    expect(values.total).toBe(amount)
    expect(branches).toEqual({ crossBorderCheck: 'crossBorderPayment', amountCheck: branch })
  })

  it("procurement: a project manager's 30,200 order needs technical evaluation and the CFO", () => {
    const { values, branches } = computed('procurement')
    expect((values.items as { subtotal?: string }[]).map((row) => row.subtotal)).toEqual([
      '25600.00',
      '4600.00',
    ])
    expect(values.total).toBe('30200.00')
    expect(branches).toEqual({ technicalCheck: 'needsEvaluation', amountCheck: 'overBudgetLimit' })
  })

  it('procurement: the same order from someone who is not a project manager skips technical evaluation', () => {
    const app = getTemplate('procurement')?.app
    const node = app?.flow.nodes.find((n): n is ConditionNode => n.id === 'technicalCheck')
    const condition = node?.branches[0]?.condition
    if (!app || !condition) throw new Error('procurement has no technical check')
    const { values } = computed('procurement')
    const initiator = initiatorOf(demoDirectory, 'fenger')
    expect(evaluateCondition(condition, app.form, { values, initiator })).toBe(false)
  })
})
