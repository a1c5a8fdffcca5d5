import type { ApproverRule, DepartmentHeadRule, Field } from '@signoff/schemas'
import { Form, InputNumber, Radio, Select, Switch } from 'antd'
import type { ComponentType } from 'react'
import { pickText } from '../../i18n/locale-store.ts'
import type { RuleType } from '../approver-rules.ts'
import type { PanelContext } from './panel-context.ts'
import { scopeChoices } from './schema-vocab.ts'

type Rule<T extends RuleType> = Extract<ApproverRule, { type: T }>

interface RuleEditorProps<T extends RuleType> {
  rule: Rule<T>
  ctx: PanelContext
  onChange: (rule: Rule<T>) => void
}

const userOptions = (ctx: PanelContext) =>
  (ctx.directory?.users ?? []).map((user) => ({ value: user.id, label: `${user.name}（${user.login}）` }))
const roleOptions = (ctx: PanelContext) =>
  (ctx.directory?.roles ?? []).map((role) => ({ value: role.id, label: pickText(role.name, ctx.locale) }))
const fieldOptions = (ctx: PanelContext, type: Field['type']) =>
  ctx.fields
    .filter((field) => field.type === type)
    .map((field) => ({ value: field.id, label: pickText(field.label, ctx.locale) || field.id }))

/** Lists of ids typed or picked; unknown ids (another organization's) stay as tags. */
function IdsSelect({
  value,
  options,
  onChange,
}: {
  value: readonly string[] | undefined
  options: { value: string; label: string }[]
  onChange: (ids: string[]) => void
}) {
  return (
    <Select
      mode="tags"
      className="full-width"
      value={[...(value ?? [])]}
      options={options}
      optionFilterProp="label"
      onChange={onChange}
    />
  )
}

const level = (value: number | undefined, onChange: (n: number) => void) => (
  <InputNumber min={1} max={20} precision={0} value={value ?? 1} onChange={(next) => onChange(next ?? 1)} />
)

/** The inputs of each approver rule type, below its type picker. */
export const ruleEditors: { [T in RuleType]: ComponentType<RuleEditorProps<T>> } = {
  users: ({ rule, ctx, onChange }) => (
    <IdsSelect
      value={rule.users}
      options={userOptions(ctx)}
      onChange={(users) => onChange({ ...rule, users: users as Rule<'users'>['users'] })}
    />
  ),
  roles: ({ rule, ctx, onChange }) => (
    <>
      <IdsSelect
        value={rule.roles}
        options={roleOptions(ctx)}
        onChange={(roles) => onChange({ ...rule, roles: roles as Rule<'roles'>['roles'] })}
      />
      <Select
        className="full-width flow-rule-extra"
        value={rule.scope ?? 'organization'}
        options={scopeChoices.map((choice) => ({ value: choice.value, label: ctx.t[choice.label] }))}
        onChange={(scope) => {
          const { scope: _old, ...rest } = rule
          onChange(scope === 'organization' ? rest : { ...rest, scope })
        }}
      />
    </>
  ),
  supervisor: ({ rule, ctx, onChange }) => (
    <Form.Item label={ctx.t.ruleLevel} className="flow-inline-item">
      {level(rule.level, (n) => onChange({ ...rule, level: n }))}
    </Form.Item>
  ),
  supervisorChain: ({ rule, ctx, onChange }) => (
    <>
      <Form.Item label={ctx.t.ruleUpToLevel} className="flow-inline-item">
        <InputNumber
          min={1}
          max={20}
          precision={0}
          value={rule.upToLevel ?? null}
          onChange={(next) => {
            const { upToLevel: _old, ...rest } = rule
            onChange(next ? { ...rest, upToLevel: next } : rest)
          }}
        />
      </Form.Item>
      <Form.Item label={ctx.t.ruleUpToRole} className="flow-inline-item">
        <Select
          allowClear
          className="full-width"
          value={rule.upToRole}
          options={roleOptions(ctx)}
          onChange={(role?: string) => {
            const { upToRole: _old, ...rest } = rule
            onChange(role ? { ...rest, upToRole: role } : rest)
          }}
        />
      </Form.Item>
    </>
  ),
  departmentHead: ({ rule, ctx, onChange }) => {
    const fromField = rule.of !== 'initiator'
    const departments = fieldOptions(ctx, 'department')
    const setOf = (of: DepartmentHeadRule['of']) => onChange({ ...rule, of })
    return (
      <>
        <Radio.Group
          value={fromField ? 'field' : 'initiator'}
          onChange={(event) =>
            setOf(event.target.value === 'initiator' ? 'initiator' : { field: departments[0]?.value ?? '' })
          }
          options={[
            { value: 'initiator', label: ctx.t.ruleOfInitiator },
            { value: 'field', label: ctx.t.ruleOfField, disabled: departments.length === 0 },
          ]}
        />
        {rule.of !== 'initiator' && (
          <Select
            className="full-width flow-rule-extra"
            value={rule.of.field}
            options={departments}
            onChange={(field: string) => setOf({ field })}
          />
        )}
        <Form.Item label={ctx.t.ruleLevel} className="flow-inline-item">
          {level(rule.level, (n) => onChange({ ...rule, level: n }))}
        </Form.Item>
      </>
    )
  },
  memberField: ({ rule, ctx, onChange }) => (
    <Select
      className="full-width"
      value={rule.field || undefined}
      placeholder={ctx.t.ruleField}
      options={fieldOptions(ctx, 'member')}
      onChange={(field: string) => onChange({ ...rule, field })}
    />
  ),
  initiatorSelects: ({ rule, ctx, onChange }) => {
    const set = (key: 'candidateUsers' | 'candidateRoles', ids: string[]) => {
      const { [key]: _old, ...rest } = rule
      onChange(ids.length ? { ...rest, [key]: ids } : rest)
    }
    return (
      <>
        <Form.Item label={ctx.t.ruleMultiple} className="flow-inline-item">
          <Switch checked={rule.multiple === true} onChange={(multiple) => onChange({ ...rule, multiple })} />
        </Form.Item>
        <Form.Item label={`${ctx.t.ruleCandidates} · ${ctx.t.ruleUsers}`} className="flow-inline-item">
          <IdsSelect
            value={rule.candidateUsers}
            options={userOptions(ctx)}
            onChange={(ids) => set('candidateUsers', ids)}
          />
        </Form.Item>
        <Form.Item label={`${ctx.t.ruleCandidates} · ${ctx.t.ruleRoles}`} className="flow-inline-item">
          <IdsSelect
            value={rule.candidateRoles}
            options={roleOptions(ctx)}
            onChange={(ids) => set('candidateRoles', ids)}
          />
        </Form.Item>
      </>
    )
  },
  initiator: () => null,
}
