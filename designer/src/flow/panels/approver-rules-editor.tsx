import type { ApproverRule } from '@signoff/schemas'
import { Button, Select } from 'antd'
import type { ComponentType } from 'react'
import { type RuleType, ruleKinds, ruleTypes } from '../approver-rules.ts'
import type { PanelContext } from './panel-context.ts'
import { ruleEditors } from './rule-editors.tsx'
import { maxRules } from './schema-vocab.ts'

interface Props {
  rules: readonly ApproverRule[]
  ctx: PanelContext
  onChange: (rules: ApproverRule[]) => void
}

type AnyEditor = ComponentType<{
  rule: ApproverRule
  ctx: PanelContext
  onChange: (rule: ApproverRule) => void
}>

/** Who is asked: a list of rules of any type the schema knows (members, roles, supervisors, ...). */
export function ApproverRulesEditor({ rules, ctx, onChange }: Props) {
  const replace = (index: number, rule: ApproverRule) =>
    onChange(rules.map((item, at) => (at === index ? rule : item)))
  return (
    <div className="flow-rules">
      {rules.map((rule, index) => {
        const Editor = ruleEditors[rule.type as RuleType] as unknown as AnyEditor | undefined
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; the list is edited in place
          <div key={index} className="flow-rule">
            <div className="flow-rule-head">
              <Select
                value={rule.type}
                options={ruleTypes.map((type) => ({ value: type, label: ctx.t[ruleKinds[type].label] }))}
                onChange={(type: RuleType) => replace(index, ruleKinds[type].create() as ApproverRule)}
              />
              <Button
                danger
                type="text"
                aria-label={ctx.t.delete}
                disabled={rules.length <= 1}
                onClick={() => onChange(rules.filter((_, at) => at !== index))}
              >
                ✕
              </Button>
            </div>
            {Editor && <Editor rule={rule} ctx={ctx} onChange={(next) => replace(index, next)} />}
          </div>
        )
      })}
      <Button
        size="small"
        disabled={rules.length >= maxRules}
        onClick={() => onChange([...rules, ruleKinds.supervisor.create()])}
      >
        + {ctx.t.addRule}
      </Button>
    </div>
  )
}
