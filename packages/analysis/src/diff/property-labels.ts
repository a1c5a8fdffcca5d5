import { type FieldType, fieldTypes } from '@signoff/schemas'
import { fieldSchemas } from './field-schemas.ts'

/** What a property is called where the owner edits it, in both languages. */
export interface PropertyLabel {
  'zh-CN': string
  en: string
}

/**
 * The base properties every field has, named as the designer's property panel names them (its
 * dictionary's prop* entries; a designer test keeps the two the same). `parent` is the diff's own.
 */
export const fieldBaseLabels: Readonly<Record<string, PropertyLabel>> = {
  id: { 'zh-CN': '字段 ID', en: 'Field ID' },
  label: { 'zh-CN': '标题', en: 'Label' },
  required: { 'zh-CN': '必填', en: 'Required' },
  placeholder: { 'zh-CN': '提示文字', en: 'Placeholder' },
  help: { 'zh-CN': '说明', en: 'Help' },
  visibleWhen: { 'zh-CN': '显示条件', en: 'Visible when' },
  requiredWhen: { 'zh-CN': '必填条件', en: 'Required when' },
  options: { 'zh-CN': '选项', en: 'Options' },
  min: { 'zh-CN': '最小值', en: 'Minimum' },
  max: { 'zh-CN': '最大值', en: 'Maximum' },
  default: { 'zh-CN': '默认值', en: 'Default' },
  parent: { 'zh-CN': '所在位置', en: 'Placed in' },
}

/**
 * Node properties named as the flow designer's node panel names them (its section labels; the
 * branches get the short name, the panel's heading also says how they are tried).
 */
export const nodeLabels: Readonly<Record<string, PropertyLabel>> = {
  name: { 'zh-CN': '节点名称', en: 'Step name' },
  approvers: { 'zh-CN': '审批人', en: 'Approvers' },
  handlers: { 'zh-CN': '办理人', en: 'Handlers' },
  recipients: { 'zh-CN': '抄送人', en: 'Recipients' },
  mode: { 'zh-CN': '多人审批方式', en: 'With several people' },
  emptyPolicy: { 'zh-CN': '审批人为空时', en: 'When nobody is found' },
  initiatorIsApprover: { 'zh-CN': '审批人与发起人为同一人时', en: 'When the approver is the initiator' },
  dedupe: { 'zh-CN': '已审批过的人自动通过', en: 'Pass for people who already approved' },
  actions: { 'zh-CN': '审批人可', en: 'The assignee may' },
  timeouts: { 'zh-CN': '超时处理', en: 'Timeouts' },
  fieldPermissions: { 'zh-CN': '字段权限', en: 'Field permissions' },
  branches: { 'zh-CN': '条件分支', en: 'Branches' },
  wait: { 'zh-CN': '等待方式', en: 'Wait' },
  onFailure: { 'zh-CN': '失败时', en: 'On failure' },
}

/** "minSelected" → "Min selected": how the panel names a property its schema gives no words for. */
export function humanize(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The Chinese name a schema description starts with ("最少选择 Fewest options to choose." → 最少选择),
 * the way the designer titles the properties of a field type's own.
 */
export function leadingChinese(description: string | undefined): string | undefined {
  return /^([\p{Script=Han}（）()A-Za-z]*\p{Script=Han}[\p{Script=Han}（）]*)\s/u.exec(description ?? '')?.[1]
}

const isFieldType = (type: string): type is FieldType => (fieldTypes as readonly string[]).includes(type)

/** A field property's name as the property panel shows it; the key itself when nothing names it. */
export function fieldPropertyLabel(type: string, key: string): PropertyLabel {
  const base = fieldBaseLabels[key]
  if (base) return base
  const schema = isFieldType(type) ? fieldSchemas[type] : undefined
  const description = schema?.properties?.[key]?.description
  return { 'zh-CN': leadingChinese(description) ?? key, en: humanize(key) }
}

/** A node property's name as the node panel shows it; the key itself when the panel has no name. */
export function nodePropertyLabel(key: string): PropertyLabel {
  return nodeLabels[key] ?? { 'zh-CN': key, en: key }
}

/** App properties named as the designer's new-app dialog names them. */
export const appLabels: Readonly<Record<string, PropertyLabel>> = {
  key: { 'zh-CN': '应用标识', en: 'App key' },
  name: { 'zh-CN': '应用名称', en: 'App name' },
}

/** An app property's name as the designer shows it; the key itself when the designer has no name. */
export function appPropertyLabel(key: string): PropertyLabel {
  return appLabels[key] ?? { 'zh-CN': key, en: key }
}
