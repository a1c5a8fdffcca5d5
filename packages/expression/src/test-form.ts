import type { FormDefinition } from '@signoff/schemas'
import type { EvaluationContext } from './context.ts'

const label = (zh: string) => ({ 'zh-CN': zh })

/** A form with one field of every valued shape, used by the tests of this package. */
export const testForm = {
  fields: [
    { id: 'title', type: 'text', label: label('标题') },
    { id: 'amount', type: 'money', label: label('金额') },
    { id: 'count', type: 'number', label: label('数量'), precision: 0 },
    {
      id: 'kind',
      type: 'select',
      label: label('类型'),
      options: [
        { value: 'a', label: label('甲') },
        { value: 'b', label: label('乙') },
      ],
    },
    {
      id: 'tags',
      type: 'checkbox',
      label: label('标签'),
      options: [
        { value: 'x', label: label('X') },
        { value: 'y', label: label('Y') },
        { value: 'z', label: label('Z') },
      ],
    },
    { id: 'owner', type: 'member', label: label('负责人') },
    { id: 'watchers', type: 'member', label: label('关注人'), multiple: true },
    {
      id: 'layout',
      type: 'group',
      label: label('分组'),
      children: [
        { id: 'due', type: 'date', label: label('截止') },
        { id: 'at', type: 'datetime', label: label('时间') },
      ],
    },
    { id: 'period', type: 'dateRange', label: label('期间'), halfDay: true },
    { id: 'files', type: 'attachment', label: label('附件') },
    { id: 'note', type: 'description', label: label('说明'), content: label('...') },
    {
      id: 'items',
      type: 'table',
      label: label('明细'),
      totals: ['price', 'subtotal'],
      columns: [
        { id: 'qty', type: 'number', label: label('数量') },
        { id: 'price', type: 'money', label: label('单价') },
        {
          id: 'subtotal',
          type: 'formula',
          label: label('小计'),
          expression: 'row.qty * row.price',
          resultType: 'money',
        },
      ],
    },
    {
      id: 'total',
      type: 'formula',
      label: label('合计'),
      expression: 'sum(form.items.map(r, r.subtotal))',
      resultType: 'money',
    },
    {
      id: 'days',
      type: 'formula',
      label: label('天数'),
      expression: 'leaveDays(form.period)',
      resultType: 'number',
      precision: 1,
    },
    {
      id: 'big',
      type: 'formula',
      label: label('大额'),
      expression: 'form.total > 10000',
      resultType: 'boolean',
    },
  ],
} as unknown as FormDefinition

export const initiator: EvaluationContext['initiator'] = {
  id: 'zhangsan',
  department: 'brand',
  departments: ['brand', 'market', 'root'],
  roles: ['employee'],
}

export function context(
  values: Record<string, unknown>,
  extra: Partial<EvaluationContext> = {},
): EvaluationContext {
  return { values, initiator, today: '2024-05-01', ...extra }
}
