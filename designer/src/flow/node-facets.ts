import type { NodeOfKind } from '@signoff/node-types'
import { withDefaults } from '@signoff/node-types'
import type { FieldPermissions, FlowDefinition, FlowNode, NodeKind } from '@signoff/schemas'
import type { MessageKey } from '../i18n/dictionary.ts'
import { describeRules } from './approver-rules.ts'
import { formatDuration } from './duration.ts'
import { format, type SummaryContext } from './summary-context.ts'

/** How a node is drawn: a card with a summary, a small split pill with its branches below, a join dot, the end pill. */
export type NodeShape = 'card' | 'split' | 'join' | 'end'

export const shapeSizes = {
  card: { width: 240, height: 78 },
  split: { width: 240, height: 40 },
  join: { width: 88, height: 28 },
  end: { width: 96, height: 32 },
  branch: { width: 240, height: 76 },
} satisfies Record<NodeShape | 'branch', { width: number; height: number }>

interface Facet<K extends NodeKind> {
  shape: NodeShape
  /** One line under the card's title: who is asked, what is waited for, how many branches. */
  summary: (node: NodeOfKind<K>, ctx: SummaryContext, flow: FlowDefinition) => string
}

const modeKeys = {
  any: 'modeAny',
  all: 'modeAll',
  sequential: 'modeSequential',
} satisfies Record<string, MessageKey>

/** The default (any one decides) goes unsaid; 会签 and 依次 are worth a word on the card. */
function modeText(mode: keyof typeof modeKeys, ctx: SummaryContext): string {
  return mode === 'any' ? '' : ` · ${ctx.t[modeKeys[mode]].replace(/[（(].*$/, '').trim()}`
}

function permissionText(permissions: FieldPermissions | undefined, ctx: SummaryContext): string {
  const values = Object.values(permissions ?? {})
  const hidden = values.filter((value) => value === 'hidden').length
  const editable = values.filter((value) => value === 'edit').length
  return [
    hidden ? format(ctx.t.flowHiddenFields, { n: hidden }) : '',
    editable ? format(ctx.t.flowEditableFields, { n: editable }) : '',
  ]
    .filter(Boolean)
    .join('，')
}

const noSummary = () => ''

/** Per node kind: how it is drawn and summarised on the canvas. */
export const nodeFacets: { [K in NodeKind]: Facet<K> } = {
  start: {
    shape: 'card',
    summary: (node, ctx) => permissionText(node.fieldPermissions, ctx) || ctx.t.flowStartSummary,
  },
  approval: {
    shape: 'card',
    summary: (node, ctx) => describeRules(node.approvers, ctx) + modeText(withDefaults(node).mode, ctx),
  },
  cc: { shape: 'card', summary: (node, ctx) => describeRules(node.recipients, ctx) },
  handler: {
    shape: 'card',
    summary: (node, ctx) => describeRules(node.handlers, ctx),
  },
  condition: {
    shape: 'split',
    summary: (node, ctx) => format(ctx.t.flowBranchCount, { n: node.branches.length }),
  },
  parallel: {
    shape: 'split',
    summary: (node, ctx, flow) =>
      format(ctx.t.flowBranchCount, { n: flow.edges.filter((edge) => edge.source === node.id).length }),
  },
  join: { shape: 'join', summary: (_node, ctx) => ctx.t.flowJoinSummary },
  automation: {
    shape: 'card',
    summary: (node) => (node.action.type === 'webhook' ? node.action.url : node.action.name),
  },
  timer: {
    shape: 'card',
    summary: (node, ctx) =>
      'after' in node.wait
        ? formatDuration(node.wait.after, ctx.t)
        : `${ctx.t.waitUntilField} ${ctx.field(node.wait.untilField)}${
            node.wait.offset ? ` + ${formatDuration(node.wait.offset, ctx.t)}` : ''
          }`,
  },
  end: { shape: 'end', summary: noSummary },
}

export function facetOf(node: FlowNode): Facet<NodeKind> {
  return nodeFacets[node.kind as NodeKind] as unknown as Facet<NodeKind>
}

export function summaryOf(node: FlowNode, ctx: SummaryContext, flow: FlowDefinition): string {
  return facetOf(node).summary(node as NodeOfKind<NodeKind>, ctx, flow)
}
