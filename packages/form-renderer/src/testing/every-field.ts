import type { Field, FormDefinition } from '@signoff/schemas'

const label = (zh: string, en?: string) => (en ? { 'zh-CN': zh, en } : { 'zh-CN': zh })
const options = [
  { value: 'a', label: label('甲', 'Alpha') },
  { value: 'b', label: label('乙', 'Beta') },
]

/** One field of every type, with the properties that change how it is filled in. */
export const everyField = {
  fields: [
    { id: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 20 },
    { id: 'note', type: 'textarea', label: label('备注', 'Note'), rows: 2 },
    { id: 'count', type: 'number', label: label('数量', 'Count'), min: 0, max: 100, precision: 0 },
    { id: 'amount', type: 'money', label: label('金额', 'Amount'), precision: 2, max: '1000000' },
    { id: 'kind', type: 'select', label: label('类型', 'Kind'), options },
    { id: 'level', type: 'radio', label: label('级别', 'Level'), options },
    { id: 'tags', type: 'checkbox', label: label('标签', 'Tags'), options },
    { id: 'extras', type: 'multiSelect', label: label('附加', 'Extras'), options },
    { id: 'due', type: 'date', label: label('截止日期', 'Due'), min: '2026-01-01' },
    { id: 'at', type: 'datetime', label: label('时间', 'At') },
    { id: 'period', type: 'dateRange', label: label('期间', 'Period'), halfDay: true, maxDays: 30 },
    { id: 'owner', type: 'member', label: label('负责人', 'Owner') },
    { id: 'watchers', type: 'member', label: label('关注人', 'Watchers'), multiple: true },
    { id: 'dept', type: 'department', label: label('部门', 'Department') },
    {
      id: 'files',
      type: 'attachment',
      label: label('附件', 'Files'),
      accept: ['application/pdf', '.txt'],
      maxSize: 2048,
      maxCount: 2,
    },
    { id: 'photos', type: 'image', label: label('照片', 'Photos'), maxCount: 3 },
    { id: 'phone', type: 'phone', label: label('电话', 'Phone'), kind: 'mobile' },
    { id: 'mail', type: 'email', label: label('邮箱', 'Email') },
    { id: 'idNo', type: 'idNumber', label: label('身份证号', 'ID number') },
    { id: 'uscc', type: 'creditCode', label: label('信用代码', 'Credit code') },
    { id: 'account', type: 'bankAccount', label: label('银行账号', 'Bank account') },
    {
      id: 'doubled',
      type: 'formula',
      label: label('双倍金额', 'Doubled'),
      expression: 'form.amount * 2',
      resultType: 'money',
    },
    {
      id: 'hint',
      type: 'description',
      label: label('提示'),
      content: label('请如实填写。', 'Fill in truthfully.'),
    },
    {
      id: 'box',
      type: 'group',
      label: label('分组', 'Section'),
      children: [{ id: 'inside', type: 'text', label: label('组内文本', 'Inside') }],
    },
    {
      id: 'cols',
      type: 'columns',
      label: label('分栏'),
      columnCount: 2,
      children: [
        { id: 'left', type: 'text', label: label('左栏', 'Left') },
        { id: 'right', type: 'text', label: label('右栏', 'Right') },
      ],
    },
    {
      id: 'items',
      type: 'table',
      label: label('明细', 'Items'),
      totals: ['price'],
      maxRows: 3,
      columns: [
        { id: 'what', type: 'text', label: label('品名', 'Item'), required: true },
        { id: 'price', type: 'money', label: label('单价', 'Price') },
      ],
    },
  ] as Field[],
} satisfies FormDefinition
