import type { Field, FieldType } from '@signoff/schemas'
import attachment from '@signoff/schemas/json/fields/attachment.schema.json'
import bankAccount from '@signoff/schemas/json/fields/bank-account.schema.json'
import checkbox from '@signoff/schemas/json/fields/checkbox.schema.json'
import columns from '@signoff/schemas/json/fields/columns.schema.json'
import creditCode from '@signoff/schemas/json/fields/credit-code.schema.json'
import date from '@signoff/schemas/json/fields/date.schema.json'
import dateRange from '@signoff/schemas/json/fields/date-range.schema.json'
import datetime from '@signoff/schemas/json/fields/datetime.schema.json'
import department from '@signoff/schemas/json/fields/department.schema.json'
import description from '@signoff/schemas/json/fields/description.schema.json'
import email from '@signoff/schemas/json/fields/email.schema.json'
import formula from '@signoff/schemas/json/fields/formula.schema.json'
import group from '@signoff/schemas/json/fields/group.schema.json'
import idNumber from '@signoff/schemas/json/fields/id-number.schema.json'
import image from '@signoff/schemas/json/fields/image.schema.json'
import member from '@signoff/schemas/json/fields/member.schema.json'
import money from '@signoff/schemas/json/fields/money.schema.json'
import multiSelect from '@signoff/schemas/json/fields/multi-select.schema.json'
import numberSchema from '@signoff/schemas/json/fields/number.schema.json'
import phone from '@signoff/schemas/json/fields/phone.schema.json'
import radio from '@signoff/schemas/json/fields/radio.schema.json'
import select from '@signoff/schemas/json/fields/select.schema.json'
import table from '@signoff/schemas/json/fields/table.schema.json'
import text from '@signoff/schemas/json/fields/text.schema.json'
import textarea from '@signoff/schemas/json/fields/textarea.schema.json'
import type { JsonSchemaNode } from '../properties/json-schema-node.ts'

export const paletteGroups = ['basic', 'selection', 'people', 'files', 'advanced', 'layout'] as const
export type PaletteGroup = (typeof paletteGroups)[number]

/** Where a field keeps nested fields, and whether layout fields and tables may go there. */
export interface Nesting {
  key: 'children' | 'columns'
  allowsLayout: boolean
  /** How the designer lays the nested fields out: side by side (table columns, multi-column layout) or stacked. */
  direction: 'row' | 'column'
}

/** Makes a fresh field of one type; newId hands out ids unique across the form (nested fields need them too). */
type Create = (id: string, newId: (type: FieldType) => string) => Field

export interface FieldSpec {
  group: PaletteGroup
  label: { 'zh-CN': string; en: string }
  /** A short glyph shown in the palette and on the canvas. */
  icon: string
  schema: JsonSchemaNode
  nesting?: Nesting
  /** A detail table may total columns of this type. */
  totalable?: true
  create: Create
}

const label = (zh: string) => ({ 'zh-CN': zh })
const options = () => [
  { value: 'option1', label: label('选项1') },
  { value: 'option2', label: label('选项2') },
]

export const fieldCatalog = {
  text: {
    group: 'basic',
    label: { 'zh-CN': '单行文本', en: 'Text' },
    icon: 'T',
    schema: text,
    create: (id) => ({ id, type: 'text', label: label('单行文本') }),
  },
  textarea: {
    group: 'basic',
    label: { 'zh-CN': '多行文本', en: 'Paragraph' },
    icon: '¶',
    schema: textarea,
    create: (id) => ({ id, type: 'textarea', label: label('多行文本') }),
  },
  number: {
    group: 'basic',
    label: { 'zh-CN': '数字', en: 'Number' },
    icon: '#',
    schema: numberSchema,
    totalable: true,
    create: (id) => ({ id, type: 'number', label: label('数字') }),
  },
  money: {
    group: 'basic',
    label: { 'zh-CN': '金额', en: 'Money' },
    icon: '¥',
    schema: money,
    totalable: true,
    create: (id) => ({ id, type: 'money', label: label('金额'), currency: 'CNY', precision: 2 }),
  },
  date: {
    group: 'basic',
    label: { 'zh-CN': '日期', en: 'Date' },
    icon: '日',
    schema: date,
    create: (id) => ({ id, type: 'date', label: label('日期') }),
  },
  datetime: {
    group: 'basic',
    label: { 'zh-CN': '日期时间', en: 'Date and time' },
    icon: '时',
    schema: datetime,
    create: (id) => ({ id, type: 'datetime', label: label('日期时间') }),
  },
  dateRange: {
    group: 'basic',
    label: { 'zh-CN': '日期区间', en: 'Date range' },
    icon: '↔',
    schema: dateRange,
    create: (id) => ({ id, type: 'dateRange', label: label('日期区间') }),
  },
  phone: {
    group: 'basic',
    label: { 'zh-CN': '电话', en: 'Phone' },
    icon: '☎',
    schema: phone,
    create: (id) => ({ id, type: 'phone', label: label('电话'), kind: 'mobile' }),
  },
  email: {
    group: 'basic',
    label: { 'zh-CN': '邮箱', en: 'Email' },
    icon: '@',
    schema: email,
    create: (id) => ({ id, type: 'email', label: label('邮箱') }),
  },
  select: {
    group: 'selection',
    label: { 'zh-CN': '下拉单选', en: 'Dropdown' },
    icon: '▾',
    schema: select,
    create: (id) => ({ id, type: 'select', label: label('下拉单选'), options: options() }),
  },
  multiSelect: {
    group: 'selection',
    label: { 'zh-CN': '下拉多选', en: 'Multi-select' },
    icon: '☰',
    schema: multiSelect,
    create: (id) => ({ id, type: 'multiSelect', label: label('下拉多选'), options: options() }),
  },
  radio: {
    group: 'selection',
    label: { 'zh-CN': '单选框', en: 'Radio' },
    icon: '◉',
    schema: radio,
    create: (id) => ({ id, type: 'radio', label: label('单选框'), options: options() }),
  },
  checkbox: {
    group: 'selection',
    label: { 'zh-CN': '复选框', en: 'Checkboxes' },
    icon: '☑',
    schema: checkbox,
    create: (id) => ({ id, type: 'checkbox', label: label('复选框'), options: options() }),
  },
  member: {
    group: 'people',
    label: { 'zh-CN': '成员', en: 'Member' },
    icon: '人',
    schema: member,
    create: (id) => ({ id, type: 'member', label: label('成员') }),
  },
  department: {
    group: 'people',
    label: { 'zh-CN': '部门', en: 'Department' },
    icon: '部',
    schema: department,
    create: (id) => ({ id, type: 'department', label: label('部门') }),
  },
  attachment: {
    group: 'files',
    label: { 'zh-CN': '附件', en: 'Attachment' },
    icon: '附',
    schema: attachment,
    create: (id) => ({ id, type: 'attachment', label: label('附件') }),
  },
  image: {
    group: 'files',
    label: { 'zh-CN': '图片', en: 'Image' },
    icon: '图',
    schema: image,
    create: (id) => ({ id, type: 'image', label: label('图片') }),
  },
  formula: {
    group: 'advanced',
    label: { 'zh-CN': '计算公式', en: 'Formula' },
    icon: 'ƒ',
    schema: formula,
    create: (id) => ({
      id,
      type: 'formula',
      label: label('计算公式'),
      expression: '0',
      resultType: 'number',
    }),
  },
  idNumber: {
    group: 'advanced',
    label: { 'zh-CN': '身份证号', en: 'ID card number' },
    icon: '证',
    schema: idNumber,
    create: (id) => ({ id, type: 'idNumber', label: label('身份证号') }),
  },
  creditCode: {
    group: 'advanced',
    label: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
    icon: '©',
    schema: creditCode,
    create: (id) => ({ id, type: 'creditCode', label: label('统一社会信用代码') }),
  },
  bankAccount: {
    group: 'advanced',
    label: { 'zh-CN': '银行卡号', en: 'Bank account' },
    icon: '卡',
    schema: bankAccount,
    create: (id) => ({ id, type: 'bankAccount', label: label('银行卡号') }),
  },
  table: {
    group: 'layout',
    label: { 'zh-CN': '明细', en: 'Detail table' },
    icon: '▦',
    schema: table,
    nesting: { key: 'columns', allowsLayout: false, direction: 'row' },
    create: (id, newId) => ({
      id,
      type: 'table',
      label: label('明细'),
      columns: [{ id: newId('text'), type: 'text', label: label('单行文本') }],
    }),
  },
  group: {
    group: 'layout',
    label: { 'zh-CN': '分组', en: 'Section' },
    icon: '▭',
    schema: group,
    nesting: { key: 'children', allowsLayout: true, direction: 'column' },
    create: (id, newId) => ({
      id,
      type: 'group',
      label: label('分组'),
      children: [{ id: newId('text'), type: 'text', label: label('单行文本') }],
    }),
  },
  columns: {
    group: 'layout',
    label: { 'zh-CN': '多列布局', en: 'Columns' },
    icon: '▥',
    schema: columns,
    nesting: { key: 'children', allowsLayout: true, direction: 'row' },
    create: (id, newId) => ({
      id,
      type: 'columns',
      label: label('多列布局'),
      columnCount: 2,
      children: [
        { id: newId('text'), type: 'text', label: label('单行文本') },
        { id: newId('text'), type: 'text', label: label('单行文本') },
      ],
    }),
  },
  description: {
    group: 'layout',
    label: { 'zh-CN': '说明文字', en: 'Description' },
    icon: 'ℹ',
    schema: description,
    create: (id) => ({ id, type: 'description', label: label('说明文字'), content: label('请填写说明') }),
  },
} satisfies Record<FieldType, FieldSpec>

export function specOf(type: string): FieldSpec | undefined {
  return Object.hasOwn(fieldCatalog, type) ? fieldCatalog[type as FieldType] : undefined
}

/** Field types that hold other fields and so may not go inside a detail table. */
export function isLayoutOrTable(type: string): boolean {
  return specOf(type)?.nesting !== undefined
}
