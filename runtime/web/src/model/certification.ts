import type { AppDefinition, FlowNode } from '@signoff/schemas'
import type { CertificationApplication, InstanceSummary } from '../api/types.ts'

/** An application still under way: one the organization cannot apply beside (the runtime's 409). */
export const isOpenApplication = (application: Pick<InstanceSummary, 'status'>) =>
  application.status === 'running' || application.status === 'returned'

/** The levels certification grants (the platform tenant's own 'platform' level is not one). */
export const isCertifiedLevel = (level: string) => level === 'intermediate' || level === 'individual'

/** The level a type grants, as GET /org/certification names it. */
export const levelOfType = { enterprise: 'intermediate', individual: 'individual' } as const

/** The nodes an applicant follows, in flow order: the start, the work steps and the end. */
export function applicationSteps(definition: AppDefinition): FlowNode[] {
  const shown = new Set(['start', 'approval', 'handler', 'automation', 'end'])
  return definition.flow.nodes.filter((node) => shown.has(node.kind))
}

export type StepState = { index: number; status: 'process' | 'error' | 'finish' | 'wait' }

/**
 * Where the application stands among its steps: a returned one waits at the start for the applicant, a
 * finished one is at the end (an error unless approved), a running one at the first step under way.
 */
export function currentStep(
  application: Pick<CertificationApplication, 'status' | 'predictedPath' | 'tasks'>,
  steps: FlowNode[],
): StepState {
  const indexOf = (node: string | undefined) => steps.findIndex((step) => step.id === node)
  if (application.status === 'returned') return { index: Math.max(0, indexOf('start')), status: 'error' }
  if (application.status === 'approved') return { index: steps.length - 1, status: 'finish' }
  if (application.status !== 'running') {
    const last = [...application.tasks].reverse().find((task) => indexOf(task.node) >= 0)
    return { index: Math.max(0, indexOf(last?.node)), status: 'error' }
  }
  const open = application.tasks.find((task) => task.status === 'open' && indexOf(task.node) >= 0)
  const next = application.predictedPath?.find((step) => indexOf(step.node) >= 0)
  const index = indexOf(open?.node ?? next?.node)
  return { index: Math.max(0, index), status: 'process' }
}

/** The fields a step lets its holder edit; every other field is hidden there. */
export function stepPermissions(definition: AppDefinition, nodeId: string) {
  const node = definition.flow.nodes.find((candidate) => candidate.id === nodeId)
  const granted = (node && 'fieldPermissions' in node ? node.fieldPermissions : undefined) ?? {}
  const editable = Object.entries(granted)
    .filter(([, permission]) => permission === 'edit')
    .map(([field]) => field)
  const permissions: Record<string, 'edit' | 'hidden'> = {}
  // A group stays open when a field inside it is the step's to edit.
  const walk = (fields: AppDefinition['form']['fields']): boolean => {
    let any = false
    for (const field of fields) {
      const inside = 'children' in field && Array.isArray(field.children) && walk(field.children)
      const open = inside || editable.includes(field.id)
      permissions[field.id] = open ? 'edit' : 'hidden'
      any ||= open
    }
    return any
  }
  walk(definition.form.fields)
  return { editable, permissions }
}

/** The start node's field permissions: what the applicant fills and sees of their own application. */
export function startPermissions(definition: AppDefinition): Record<string, 'edit' | 'read' | 'hidden'> {
  const start = definition.flow.nodes.find((node) => node.kind === 'start')
  return (start && 'fieldPermissions' in start ? start.fieldPermissions : undefined) ?? {}
}
