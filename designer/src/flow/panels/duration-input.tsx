import { InputNumber, Select } from 'antd'
import { type DurationParts, parseDuration, toDuration } from '../duration.ts'
import type { PanelContext } from './panel-context.ts'

/** A duration as a number and a unit (the largest unit that divides it). */
export function DurationInput({
  value,
  ctx,
  onChange,
}: {
  value: string | undefined
  ctx: PanelContext
  onChange: (value: string | undefined) => void
}) {
  const parts = parseDuration(value) ?? { days: 0, hours: 0, minutes: 0 }
  const minutes = parts.days * 1440 + parts.hours * 60 + parts.minutes
  const unit = minutes % 1440 === 0 && minutes > 0 ? 1440 : minutes % 60 === 0 && minutes > 0 ? 60 : 1
  const set = (amount: number, per: number) => {
    const total = amount * per
    const next: DurationParts = {
      days: Math.floor(total / 1440),
      hours: Math.floor((total % 1440) / 60),
      minutes: total % 60,
    }
    onChange(toDuration(next))
  }
  return (
    <span className="flow-duration">
      <InputNumber
        min={1}
        precision={0}
        value={minutes ? minutes / unit : null}
        onChange={(amount) => set(amount ?? 0, unit)}
        style={{ width: 72 }}
      />
      <Select
        value={unit}
        onChange={(per: number) => set(minutes ? Math.max(1, Math.round(minutes / unit)) : 1, per)}
        options={[
          { value: 1, label: ctx.t.unitMinutes },
          { value: 60, label: ctx.t.unitHours },
          { value: 1440, label: ctx.t.unitDays },
        ]}
        style={{ width: 84 }}
      />
    </span>
  )
}
