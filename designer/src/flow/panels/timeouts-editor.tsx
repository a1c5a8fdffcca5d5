import type { TimeoutRule } from '@signoff/schemas'
import { Button, Select } from 'antd'
import { DurationInput } from './duration-input.tsx'
import type { PanelContext } from './panel-context.ts'
import { maxTimeouts, timeoutChoices } from './schema-vocab.ts'

/** SLA rules: after how long, what happens (remind, approve, reject, escalate), and how often to repeat. */
export function TimeoutsEditor({
  value,
  ctx,
  onChange,
}: {
  value: readonly TimeoutRule[] | undefined
  ctx: PanelContext
  onChange: (value: TimeoutRule[] | undefined) => void
}) {
  const rules = value ?? []
  const store = (next: TimeoutRule[]) => onChange(next.length ? next : undefined)
  const replace = (index: number, rule: TimeoutRule) =>
    store(rules.map((item, at) => (at === index ? rule : item)))
  return (
    <div>
      {rules.map((rule, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: timeouts have no id; the list is edited in place
        <div key={index} className="flow-timeout">
          <span>{ctx.t.timeoutAfter}</span>
          <DurationInput
            value={rule.after}
            ctx={ctx}
            onChange={(after) => after && replace(index, { ...rule, after })}
          />
          <span>{ctx.t.timeoutAction}</span>
          <Select
            value={rule.action}
            options={timeoutChoices.map((choice) => ({ value: choice.value, label: ctx.t[choice.label] }))}
            onChange={(action: TimeoutRule['action']) => replace(index, { ...rule, action })}
            style={{ width: 110 }}
          />
          {rule.action === 'remind' && (
            <>
              <span>{ctx.t.timeoutRepeat}</span>
              <DurationInput
                value={rule.repeatEvery}
                ctx={ctx}
                onChange={(repeatEvery) => {
                  const { repeatEvery: _old, ...rest } = rule
                  replace(index, repeatEvery ? { ...rest, repeatEvery } : rest)
                }}
              />
            </>
          )}
          <Button
            danger
            type="text"
            aria-label={ctx.t.delete}
            onClick={() => store(rules.filter((_, at) => at !== index))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button
        size="small"
        disabled={rules.length >= maxTimeouts}
        onClick={() => store([...rules, { after: 'P1D', action: 'remind' }])}
      >
        + {ctx.t.addTimeout}
      </Button>
    </div>
  )
}
