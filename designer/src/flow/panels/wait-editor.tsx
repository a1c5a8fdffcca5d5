import type { TimerNode } from '@signoff/schemas'
import { Radio, Select } from 'antd'
import { pickText } from '../../i18n/locale-store.ts'
import { DurationInput } from './duration-input.tsx'
import type { PanelContext } from './panel-context.ts'

type Wait = TimerNode['wait']

/** A timer waits a fixed time, or until the date in a form field plus an optional offset. */
export function WaitEditor({
  value,
  ctx,
  onChange,
}: {
  value: unknown
  ctx: PanelContext
  onChange: (value: Wait) => void
}) {
  const wait = (value as Wait | undefined) ?? { after: 'P1D' }
  const dates = ctx.fields
    .filter((field) => field.type === 'date' || field.type === 'datetime')
    .map((field) => ({ value: field.id, label: pickText(field.label, ctx.locale) || field.id }))
  const byField = 'untilField' in wait
  return (
    <div className="flow-wait">
      <Radio.Group
        value={byField ? 'field' : 'after'}
        options={[
          { value: 'after', label: ctx.t.waitModeAfter },
          { value: 'field', label: ctx.t.waitModeField, disabled: dates.length === 0 },
        ]}
        onChange={(event) =>
          onChange(event.target.value === 'after' ? { after: 'P1D' } : { untilField: dates[0]?.value ?? '' })
        }
      />
      {'untilField' in wait ? (
        <div className="flow-timeout">
          <Select
            value={wait.untilField}
            options={dates}
            onChange={(untilField: string) => onChange({ ...wait, untilField })}
            style={{ minWidth: 140 }}
          />
          <span>{ctx.t.waitOffset}</span>
          <DurationInput
            value={wait.offset}
            ctx={ctx}
            onChange={(offset) => {
              const { offset: _old, ...rest } = wait
              onChange(offset ? { ...rest, offset } : rest)
            }}
          />
        </div>
      ) : (
        <div className="flow-timeout">
          <span>{ctx.t.waitAfter}</span>
          <DurationInput value={wait.after} ctx={ctx} onChange={(after) => after && onChange({ after })} />
        </div>
      )}
    </div>
  )
}
