import type { BilingualIssue } from '@signoff/expression'
import type { Condition, FormDefinition } from '@signoff/schemas'
import { Button, Input, Select, Typography } from 'antd'
import type { Locale, Messages } from '../i18n/dictionary.ts'
import { pickText } from '../i18n/locale-store.ts'
import { compiledCel } from './cel-mode.ts'
import { CheckResult } from './check-result.tsx'
import type { ConditionField } from './condition-fields.ts'
import { IdPicker } from './id-picker.tsx'
import {
  newComparison,
  newInitiatorTest,
  operatorsFor,
  withField,
  withInitiatorOp,
  withOp,
  withValue,
} from './leaf.ts'
import { operatorLabel } from './operator-labels.ts'
import {
  type InitiatorOperator,
  type InitiatorSubject,
  initiatorOperators,
  initiatorSubjects,
  type Operator,
  shapeOperators,
} from './operators.ts'
import type { Leaf } from './tree.ts'
import { ValueInput } from './value-input.tsx'

export interface RowProps {
  item: Leaf
  fields: readonly ConditionField[]
  form: FormDefinition
  t: Messages
  locale: Locale
  onChange: (item: Condition) => void
  onRemove: () => void
  issues: readonly BilingualIssue[]
}

const subjectLabels = {
  department: 'condInitiatorDepartment',
  role: 'condInitiatorRole',
  user: 'condInitiatorUser',
} as const satisfies Record<InitiatorSubject, keyof Messages>

function targetOptions(fields: readonly ConditionField[], t: Messages, locale: Locale) {
  return [
    {
      label: t.condFormFields,
      options: fields.map(({ field }) => ({
        value: `field:${field.id}`,
        label: pickText(field.label, locale) || field.id,
      })),
    },
    {
      label: t.condInitiator,
      options: initiatorSubjects.map((subject) => ({
        value: `initiator:${subject}`,
        label: t[subjectLabels[subject]],
      })),
    },
  ]
}

/** One test of the visual builder: what is tested (a field or the initiator), how, and against what. */
export function ConditionRow({ item, fields, form, t, locale, onChange, onRemove, issues }: RowProps) {
  const remove = (
    <Button
      type="text"
      danger
      size="small"
      aria-label={t.condRemove}
      onClick={onRemove}
      className="condition-remove"
    >
      ✕
    </Button>
  )
  if ('cel' in item || 'not' in item) {
    return (
      <div className={`condition-row${issues.length ? ' has-issues' : ''}`}>
        <div className="condition-line">
          <Typography.Text type="secondary">{t.condCelRow}</Typography.Text>
          {remove}
        </div>
        {'cel' in item ? (
          <Input.TextArea
            aria-label={t.condCelRow}
            className="mono"
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={item.cel}
            onChange={(e) => onChange({ cel: e.target.value })}
          />
        ) : (
          <code className="condition-cel">{compiledCel(item, form) ?? JSON.stringify(item)}</code>
        )}
        {issues.length > 0 && <CheckResult issues={issues} t={t} locale={locale} />}
      </div>
    )
  }
  const target = 'initiator' in item ? undefined : fields.find(({ field }) => field.id === item.field)
  const pick = (key: string) => {
    const [kind, id = ''] = key.split(':')
    if (kind === 'initiator') return onChange(newInitiatorTest(id as InitiatorSubject))
    const next = fields.find(({ field }) => field.id === id)
    if (!next) return
    onChange('initiator' in item ? newComparison(next) : withField(item, next, target))
  }
  const selected = 'initiator' in item ? `initiator:${item.initiator}` : `field:${item.field}`
  const ops =
    'initiator' in item ? initiatorOperators[item.initiator] : target ? operatorsFor(target) : [item.op]
  const input = target ? shapeOperators[target.shape].input : undefined
  return (
    <div className={`condition-row${issues.length ? ' has-issues' : ''}`}>
      <div className="condition-line">
        <Select
          aria-label={t.condField}
          className="condition-target"
          showSearch={{ optionFilterProp: 'label' }}
          value={selected}
          status={'field' in item && !target ? 'error' : ''}
          options={targetOptions(fields, t, locale)}
          onChange={pick}
        />
        {remove}
      </div>
      <div className="condition-line">
        <Select
          aria-label={t.condOperator}
          className="condition-op"
          value={item.op}
          options={ops.map((op) => ({ value: op, label: t[operatorLabel(op, input)] }))}
          onChange={(op: string) =>
            onChange(
              'initiator' in item
                ? withInitiatorOp(item, op as InitiatorOperator)
                : withOp(item, op as Operator),
            )
          }
        />
        {'initiator' in item ? (
          <IdPicker
            kind={item.initiator}
            multiple
            value={item.value}
            onChange={(value) => onChange({ ...item, value })}
            t={t}
            locale={locale}
          />
        ) : (
          target && (
            <ValueInput
              leaf={item}
              target={target}
              t={t}
              locale={locale}
              onChange={(value) => onChange(withValue(item, value))}
            />
          )
        )}
      </div>
      {issues.length > 0 && <CheckResult issues={issues} t={t} locale={locale} />}
    </div>
  )
}
