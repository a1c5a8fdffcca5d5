import type {
  AppSettings,
  Directory,
  FlowEdge,
  FlowNode,
  FormDefinition,
  WorkCalendar,
} from '@signoff/schemas'
import { demoDirectory, getTemplate, platformDirectory } from '@signoff/templates'
import type { EngineDefinition } from '../model/definition.ts'

/** A small form that exercises every value the flow tests need. */
export const testForm: FormDefinition = {
  fields: [
    { id: 'amount', type: 'money', label: { 'zh-CN': '金额' } },
    { id: 'days', type: 'number', label: { 'zh-CN': '天数' } },
    { id: 'note', type: 'text', label: { 'zh-CN': '备注' } },
    { id: 'secret', type: 'text', label: { 'zh-CN': '内部备注' } },
    { id: 'orderNo', type: 'text', label: { 'zh-CN': '订单号' } },
    { id: 'dept', type: 'department', label: { 'zh-CN': '部门' } },
    { id: 'reviewer', type: 'member', label: { 'zh-CN': '评审人' }, multiple: true },
    { id: 'due', type: 'date', label: { 'zh-CN': '截止日期' } },
    {
      id: 'extra',
      type: 'group',
      label: { 'zh-CN': '附加' },
      children: [{ id: 'extraNote', type: 'text', label: { 'zh-CN': '附加说明' } }],
    },
    {
      id: 'doubled',
      type: 'formula',
      label: { 'zh-CN': '两倍' },
      expression: 'form.amount * 2',
      resultType: 'money',
    },
  ],
} as FormDefinition

export const testSettings: AppSettings = { starters: { everyone: true }, admins: ['admin'] }

export interface DefinitionSpec {
  template?: string
  nodes?: FlowNode[]
  /** Absent: the nodes are chained in the order listed. */
  edges?: FlowEdge[]
  form?: FormDefinition
  settings?: Partial<AppSettings>
}

export function definitionOf(spec: DefinitionSpec): EngineDefinition {
  if (spec.template !== undefined) {
    const app = getTemplate(spec.template)?.app
    if (!app) throw new Error(`no template ${spec.template}`)
    return { form: app.form, flow: app.flow, settings: { ...app.settings, ...spec.settings } }
  }
  const nodes = spec.nodes ?? []
  const edges =
    spec.edges ??
    nodes.slice(1).map((node, i) => ({ id: `e${i + 1}`, source: nodes[i]?.id ?? '', target: node.id }))
  return {
    form: spec.form ?? testForm,
    flow: { nodes, edges },
    settings: { ...testSettings, ...spec.settings },
  }
}

export type DirectoryPatch = Record<string, Partial<Directory['users'][number]>>

/** The demo (or platform) organization, with some users changed (inactive, out of office, ...) and a work calendar. */
export function directoryOf(
  name: 'demo' | 'platform' = 'demo',
  patch: DirectoryPatch = {},
  calendar?: WorkCalendar,
): Directory {
  const base = name === 'platform' ? platformDirectory : demoDirectory
  return {
    ...base,
    users: base.users.map((u) => (patch[u.id] ? { ...u, ...patch[u.id] } : u)),
    ...(calendar === undefined ? {} : { calendar }),
  }
}
