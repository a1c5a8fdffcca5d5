import type { AppDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import {
  applicationSteps,
  currentStep,
  isCertifiedLevel,
  isOpenApplication,
  startPermissions,
  stepPermissions,
} from './certification.ts'

const definition = {
  form: {
    fields: [
      { id: 'notice', type: 'description' },
      { id: 'info', type: 'group', children: [{ id: 'name', type: 'text' }] },
      { id: 'account', type: 'group', children: [{ id: 'bank', type: 'text' }] },
      { id: 'depositAmount', type: 'money' },
    ],
  },
  flow: {
    nodes: [
      { id: 'start', kind: 'start', fieldPermissions: { depositAmount: 'hidden' } },
      { id: 'precheck', kind: 'automation' },
      { id: 'split', kind: 'condition' },
      { id: 'initialReview', kind: 'approval' },
      { id: 'confirmDeposit', kind: 'handler', fieldPermissions: { depositAmount: 'edit', bank: 'read' } },
      { id: 'end', kind: 'end' },
    ],
  },
} as unknown as AppDefinition

const steps = applicationSteps(definition)
const task = (node: string, status: string) => ({ node, status }) as CertificationTasks[number]
type CertificationTasks = Parameters<typeof currentStep>[0]['tasks']

describe('certification steps', () => {
  it('lists the start, work steps and end in flow order, leaving out structure', () => {
    expect(steps.map((step) => step.id)).toEqual([
      'start',
      'precheck',
      'initialReview',
      'confirmDeposit',
      'end',
    ])
  })

  it('puts a running application at its open task, else at the first predicted step', () => {
    expect(currentStep({ status: 'running', tasks: [task('initialReview', 'open')] }, steps)).toEqual({
      index: 2,
      status: 'process',
    })
    const predicted = { status: 'running' as const, tasks: [], predictedPath: [{ node: 'precheck' }] }
    expect(currentStep(predicted as never, steps)).toEqual({ index: 1, status: 'process' })
  })

  it('shows a returned application back at the start, an approved one at the end, a failed one where it stopped', () => {
    expect(currentStep({ status: 'returned', tasks: [task('initialReview', 'done')] }, steps)).toEqual({
      index: 0,
      status: 'error',
    })
    expect(currentStep({ status: 'approved', tasks: [] }, steps)).toEqual({ index: 4, status: 'finish' })
    expect(currentStep({ status: 'failed', tasks: [task('confirmDeposit', 'done')] }, steps)).toEqual({
      index: 3,
      status: 'error',
    })
  })

  it('tells open applications from finished ones', () => {
    expect(
      ['running', 'returned', 'approved', 'withdrawn'].map((status) =>
        isOpenApplication({ status: status as never }),
      ),
    ).toEqual([true, true, false, false])
  })
})

describe('stepPermissions', () => {
  it('leaves only the fields the step edits, hiding the rest (read-only ones too)', () => {
    const { editable, permissions } = stepPermissions(definition, 'confirmDeposit')
    expect(editable).toEqual(['depositAmount'])
    expect(permissions).toEqual({
      notice: 'hidden',
      info: 'hidden',
      name: 'hidden',
      account: 'hidden',
      bank: 'hidden',
      depositAmount: 'edit',
    })
  })

  it('keeps a group open around an editable field', () => {
    const { permissions } = stepPermissions(
      {
        ...definition,
        flow: { nodes: [{ id: 'fix', kind: 'handler', fieldPermissions: { bank: 'edit' } }] },
      } as unknown as AppDefinition,
      'fix',
    )
    expect(permissions.account).toBe('edit')
    expect(permissions.bank).toBe('edit')
    expect(permissions.info).toBe('hidden')
  })
})

describe('levels and the start step', () => {
  it('counts only granted levels as certified, not the platform’s own', () => {
    expect(['intermediate', 'individual', 'none', 'platform'].map(isCertifiedLevel)).toEqual([
      true,
      true,
      false,
      false,
    ])
  })

  it('reads the start node’s field permissions', () => {
    expect(startPermissions(definition)).toEqual({ depositAmount: 'hidden' })
  })
})
