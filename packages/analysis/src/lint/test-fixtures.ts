import { createNode } from '@signoff/node-types'
import type {
  AppDefinition,
  AppSettings,
  Directory,
  Field,
  FlowEdge,
  FlowNode,
  NodeKind,
} from '@signoff/schemas'
import { lintContext, type Rule } from './context.ts'
import type { Finding } from './finding.ts'

/** Small builders for lint tests: every fixture starts valid and each case breaks one thing. */

export function field(type: string, id: string, extra: Record<string, unknown> = {}): Field {
  return { id, type, label: { 'zh-CN': id }, ...extra } as Field
}

export function node(kind: NodeKind, id: string, extra: Record<string, unknown> = {}): FlowNode {
  return { ...createNode(kind, id), ...extra } as FlowNode
}

export function edge(id: string, source: string, target: string, branch?: string): FlowEdge {
  return { id, source, target, ...(branch ? { branch } : {}) }
}

/** Edges joining the ids in order: a → b → c. */
export function chain(...ids: string[]): FlowEdge[] {
  return ids.slice(1).map((target, i) => {
    const source = ids[i] ?? ''
    return edge(`${source}_${target}`, source, target)
  })
}

export interface AppParts {
  fields?: Field[]
  nodes?: FlowNode[]
  edges?: FlowEdge[]
  settings?: Partial<AppSettings>
}

export function app(parts: AppParts = {}): AppDefinition {
  const nodes = parts.nodes ?? [node('start', 'start'), node('approval', 'a1'), node('end', 'end')]
  return {
    schemaVersion: 1,
    key: 'test-app',
    name: { 'zh-CN': '测试' },
    form: { fields: parts.fields ?? [field('text', 'title')] },
    flow: { nodes, edges: parts.edges ?? chain(...nodes.map((item) => item.id)) },
    settings: { starters: { everyone: true }, ...parts.settings },
  }
}

/** A start → ...middle → end app with the middle nodes in a line. */
export function line(middle: FlowNode[], fields?: Field[]): AppDefinition {
  const nodes = [node('start', 'start'), ...middle, node('end', 'end')]
  return app({ nodes, ...(fields ? { fields } : {}) })
}

/** 总部 (head boss) ⊃ 财务部 (head cfo, member clerk); role cfo held by cfo; role auditor held by nobody active. */
export const directory: Directory = {
  departments: [
    { id: 'hq', name: '总部', parentId: null, headId: 'boss' },
    { id: 'finance', name: '财务部', parentId: 'hq', headId: 'cfo' },
  ],
  roles: [
    { id: 'cfo', name: { 'zh-CN': '财务总监' } },
    { id: 'auditor', name: { 'zh-CN': '审计' } },
  ],
  users: [
    { id: 'boss', name: '老板', departmentId: 'hq', roles: [] },
    { id: 'cfo', name: '财务总监', departmentId: 'finance', roles: ['cfo'] },
    { id: 'clerk', name: '会计', departmentId: 'finance', roles: [] },
    { id: 'gone', name: '离职', departmentId: 'finance', roles: ['auditor'], active: false },
  ],
}

export type Summary = [Finding['severity'], string, string]

/** Findings as [severity, code, path], the part tests compare. */
export function run(rule: Rule, definition: AppDefinition, org?: Directory): Summary[] {
  return rule(lintContext(definition, org)).map((item) => [item.severity, item.code, item.path])
}
