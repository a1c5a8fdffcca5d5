import { isNodeKind, nodeTypeOf } from '@signoff/node-types'
import type { FlowEdge, I18NText } from '@signoff/schemas'
import { displayValue } from './display-value.ts'
import {
  appPropertyLabel,
  fieldPropertyLabel,
  nodePropertyLabel,
  type PropertyLabel,
} from './property-labels.ts'
import type { AppDiff, FieldRef, NodeRef, PropertyChange } from './types.ts'

type Sentences = { en: string[]; zh: string[] }

type Language = 'en' | 'zh'

const value = (item: unknown, language: Language) => displayValue(item, language === 'zh' ? 'zh-CN' : 'en')

type Labeler = (property: string) => PropertyLabel

const asIs: Labeler = (property) => ({ 'zh-CN': property, en: property })

function changeText(change: PropertyChange, label: Labeler): { en: string; zh: string } {
  const { before, after } = change
  const name = label(change.property)
  const [zh, en] = [name['zh-CN'], name.en]
  if (before === undefined)
    return { en: `${en}: set to ${value(after, 'en')}`, zh: `${zh}：设为 ${value(after, 'zh')}` }
  if (after === undefined)
    return {
      en: `${en}: removed (was ${value(before, 'en')})`,
      zh: `${zh}：已删除（原为 ${value(before, 'zh')}）`,
    }
  return {
    en: `${en}: ${value(before, 'en')} → ${value(after, 'en')}`,
    zh: `${zh}：${value(before, 'zh')} → ${value(after, 'zh')}`,
  }
}

const en = (text: I18NText) => text.en ?? text['zh-CN']

function fieldName(field: FieldRef) {
  return {
    en: `Field '${field.id}' (${field.label['zh-CN']})`,
    zh: `字段“${field.label['zh-CN']}”（${field.id}）`,
  }
}

function nodeName(node: NodeRef) {
  const label = isNodeKind(node.kind) ? nodeTypeOf(node.kind).label : { en: node.kind, 'zh-CN': node.kind }
  return { en: `${label.en} node '${en(node.name)}'`, zh: `${label['zh-CN']}节点“${node.name['zh-CN']}”` }
}

function edgeName(edge: FlowEdge) {
  const branch = edge.branch ? ` [${edge.branch}]` : ''
  return `'${edge.id}' (${edge.source}${branch} → ${edge.target})`
}

function described(
  out: Sentences,
  subject: { en: string; zh: string },
  changes: readonly PropertyChange[],
  label: Labeler = asIs,
) {
  for (const change of changes) {
    const text = changeText(change, label)
    // A dash, not a colon, after the subject: the change itself reads "Required: no → yes".
    out.en.push(`${subject.en} — ${text.en}`)
    out.zh.push(`${subject.zh} — ${text.zh}`)
  }
}

function addedAndRemoved<T>(
  out: Sentences,
  items: { added: readonly T[]; removed: readonly T[] },
  name: (item: T) => { en: string; zh: string },
) {
  for (const item of items.added) {
    out.en.push(`${name(item).en} added`)
    out.zh.push(`新增${name(item).zh}`)
  }
  for (const item of items.removed) {
    out.en.push(`${name(item).en} removed`)
    out.zh.push(`删除${name(item).zh}`)
  }
}

/** Sentences an owner reads before publishing, in both languages, in the same order. */
export function summarize(diff: Omit<AppDiff, 'summary'>): Sentences {
  const out: Sentences = { en: [], zh: [] }
  described(out, { en: 'App', zh: '应用' }, diff.app, appPropertyLabel)
  addedAndRemoved(out, diff.fields, fieldName)
  for (const field of diff.fields.changed)
    described(out, fieldName(field), field.changes, (key) => fieldPropertyLabel(field.type, key))
  addedAndRemoved(out, diff.nodes, nodeName)
  for (const node of diff.nodes.changed) described(out, nodeName(node), node.changes, nodePropertyLabel)
  addedAndRemoved(out, diff.edges, (edge) => ({ en: `Edge ${edgeName(edge)}`, zh: `连线 ${edgeName(edge)}` }))
  for (const { before, after } of diff.edges.changed) {
    out.en.push(`Edge ${edgeName(before)} now runs ${edgeName(after)}`)
    out.zh.push(`连线 ${edgeName(before)} 改为 ${edgeName(after)}`)
  }
  described(out, { en: 'Settings', zh: '设置' }, diff.settings)
  const moved = diff.nodes.repositioned.length
  if (moved > 0) {
    out.en.push(`${moved} node${moved === 1 ? '' : 's'} moved on the canvas (layout only)`)
    out.zh.push(`${moved} 个节点在画布上移动了位置（仅布局）`)
  }
  return out
}
