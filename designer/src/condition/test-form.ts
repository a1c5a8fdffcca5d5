import type { ConditionLiteral, FieldComparison, FormDefinition } from '@signoff/schemas'
import type { ConditionField } from './condition-fields.ts'
import { newComparison, withOp, withValue } from './leaf.ts'
import { listOperators, type Operator, shapeOperators, takesValue, type ValueInput } from './operators.ts'

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en })
const options = (...values: string[]) => values.map((value) => ({ value, label: label(value, value) }))

/** A form with a field of every value shape, for the condition and formula tests. */
export const testForm = {
  fields: [
    { id: 'title', type: 'text', label: label('标题', 'Title') },
    { id: 'amount', type: 'money', label: label('金额', 'Amount') },
    { id: 'count', type: 'number', label: label('数量', 'Count'), precision: 0 },
    {
      id: 'urgency',
      type: 'select',
      label: label('紧急程度', 'Urgency'),
      options: options('normal', 'urgent'),
    },
    { id: 'tags', type: 'checkbox', label: label('标签', 'Tags'), options: options('x', 'y') },
    { id: 'owner', type: 'member', label: label('负责人', 'Owner') },
    { id: 'team', type: 'department', label: label('部门', 'Team'), multiple: true },
    {
      id: 'layout',
      type: 'group',
      label: label('分组', 'Group'),
      children: [
        { id: 'due', type: 'date', label: label('截止', 'Due') },
        { id: 'at', type: 'datetime', label: label('时间', 'At') },
      ],
    },
    { id: 'period', type: 'dateRange', label: label('期间', 'Period') },
    { id: 'quote', type: 'attachment', label: label('报价单', 'Quote') },
    {
      id: 'items',
      type: 'table',
      label: label('明细', 'Items'),
      columns: [
        { id: 'qty', type: 'number', label: label('数量', 'Qty') },
        { id: 'price', type: 'money', label: label('单价', 'Price') },
        {
          id: 'subtotal',
          type: 'formula',
          label: label('小计', 'Subtotal'),
          expression: 'row.qty * row.price',
          resultType: 'money',
        },
      ],
    },
    {
      id: 'total',
      type: 'formula',
      label: label('合计', 'Total'),
      expression: 'sum(form.items.map(r, r.subtotal))',
      resultType: 'money',
    },
    {
      id: 'big',
      type: 'formula',
      label: label('大额', 'Large'),
      expression: 'form.total > 5000',
      resultType: 'boolean',
    },
  ],
} as unknown as FormDefinition

const samples = {
  decimal: '5000.5',
  text: 'a "quoted" \\ text',
  option: 'urgent',
  date: '2024-05-01',
  datetime: '2024-05-01T09:00+08:00',
  bool: true,
  none: undefined,
} satisfies Record<ValueInput, ConditionLiteral | undefined>

/** A comparison of the field with the operator and a value that fits both. */
export function sampleLeaf(item: ConditionField, op: Operator): FieldComparison {
  const { input } = shapeOperators[item.shape]
  const sample = !takesValue(op) ? undefined : item.field.id === 'tags' ? 'x' : samples[input]
  return withValue(
    withOp(newComparison(item), op),
    listOperators.has(op) && sample !== undefined ? [sample] : sample,
  )
}
