import { nodeTypeOf } from '@signoff/node-types'
import type {
  ApproverRule,
  FieldPermissions,
  FlowNode,
  NodeKind,
  TaskActions,
  TimeoutRule,
} from '@signoff/schemas'
import { Checkbox, Radio, Select, Switch } from 'antd'
import type { ReactNode } from 'react'
import type { MessageKey } from '../../i18n/dictionary.ts'
import { ApproverRulesEditor } from './approver-rules-editor.tsx'
import { BranchesEditor } from './branches-editor.tsx'
import { FieldPermissionsMatrix } from './field-permissions-matrix.tsx'
import type { PanelContext } from './panel-context.ts'
import { emptyChoices, modeChoices, onFailureChoices, selfChoices } from './schema-vocab.ts'
import { TimeoutsEditor } from './timeouts-editor.tsx'
import { WaitEditor } from './wait-editor.tsx'

export interface SectionProps {
  node: FlowNode
  value: unknown
  ctx: PanelContext
  onChange: (value: unknown) => void
}

interface Section {
  label: MessageKey
  render: (props: SectionProps) => ReactNode
}

const rules: Section['render'] = ({ value, ctx, onChange }) => (
  <ApproverRulesEditor rules={(value as ApproverRule[] | undefined) ?? []} ctx={ctx} onChange={onChange} />
)

const fallbackOf = (node: FlowNode) =>
  nodeTypeOf(node.kind as NodeKind).incoming.max === 0 ? 'edit' : 'read'

const actionKeys = [
  ['return', 'actionReturn'],
  ['transfer', 'actionTransfer'],
  ['addSigner', 'actionAddSigner'],
] as const satisfies readonly (readonly [keyof TaskActions, MessageKey])[]

/**
 * Editors for the node properties the schemas share between kinds, by property name. A property no
 * entry names is edited by the generic schema editor, so a new property still shows up.
 */
export const propertySections: Record<string, Section> = {
  approvers: { label: 'propApprovers', render: rules },
  handlers: { label: 'propHandlers', render: rules },
  recipients: { label: 'propRecipients', render: rules },
  mode: {
    label: 'modeLabel',
    render: ({ value, ctx, onChange }) => (
      <Radio.Group
        className="flow-vertical-radio"
        value={value ?? 'any'}
        options={modeChoices.map((choice) => ({ value: choice.value, label: ctx.t[choice.label] }))}
        onChange={(event) => onChange(event.target.value)}
      />
    ),
  },
  emptyPolicy: {
    label: 'emptyLabel',
    render: ({ value, ctx, onChange }) => {
      const policy = value as { action: string; user?: string } | undefined
      return (
        <>
          <Select
            className="full-width"
            value={policy?.action ?? 'error'}
            options={emptyChoices.map((choice) => ({ value: choice.value, label: ctx.t[choice.label] }))}
            onChange={(action: string) => onChange({ action })}
          />
          {policy?.action === 'toUser' && (
            <Select
              showSearch
              className="full-width flow-rule-extra"
              value={policy.user}
              optionFilterProp="label"
              options={(ctx.directory?.users ?? []).map((user) => ({ value: user.id, label: user.name }))}
              onChange={(user: string) => onChange({ action: policy.action, user })}
            />
          )}
        </>
      )
    },
  },
  initiatorIsApprover: {
    label: 'selfLabel',
    render: ({ value, ctx, onChange }) => (
      <Select
        className="full-width"
        value={value ?? 'supervisor'}
        options={selfChoices.map((choice) => ({ value: choice.value, label: ctx.t[choice.label] }))}
        onChange={onChange}
      />
    ),
  },
  dedupe: {
    label: 'dedupeLabel',
    render: ({ value, onChange }) => (
      <Switch checked={value === true} onChange={(checked) => onChange(checked || undefined)} />
    ),
  },
  actions: {
    label: 'actionsLabel',
    render: ({ value, ctx, onChange }) => {
      const actions = (value as TaskActions | undefined) ?? {}
      return (
        <div className="flow-actions">
          {actionKeys.map(([key, label]) => (
            <Checkbox
              key={key}
              checked={actions[key] !== false}
              onChange={(event) => {
                const { [key]: _old, ...rest } = actions
                const next = event.target.checked ? rest : { ...rest, [key]: false }
                onChange(Object.keys(next).length ? next : undefined)
              }}
            >
              {ctx.t[label]}
            </Checkbox>
          ))}
        </div>
      )
    },
  },
  timeouts: {
    label: 'timeoutsLabel',
    render: ({ value, ctx, onChange }) => (
      <TimeoutsEditor value={value as TimeoutRule[] | undefined} ctx={ctx} onChange={onChange} />
    ),
  },
  fieldPermissions: {
    label: 'permissionsLabel',
    render: ({ node, value, ctx, onChange }) => (
      <FieldPermissionsMatrix
        value={value as FieldPermissions | undefined}
        fallback={fallbackOf(node)}
        ctx={ctx}
        onChange={onChange}
      />
    ),
  },
  branches: {
    label: 'conditionBranches',
    render: ({ node, ctx }) => <BranchesEditor node={node} ctx={ctx} />,
  },
  wait: {
    label: 'propWait',
    render: ({ value, ctx, onChange }) => <WaitEditor value={value} ctx={ctx} onChange={onChange} />,
  },
  onFailure: {
    label: 'automationOnFailure',
    render: ({ value, ctx, onChange }) => (
      <Select
        className="full-width"
        value={value ?? 'fail'}
        options={onFailureChoices.map((choice) => ({ value: choice.value, label: ctx.t[choice.label] }))}
        onChange={onChange}
      />
    ),
  },
}

/** Labels for properties edited generically (as JSON or plain inputs). */
export const genericLabels: Record<string, MessageKey> = {
  action: 'automationAction',
  outputs: 'automationOutputs',
  retry: 'automationRetry',
  rejectReasons: 'propRejectReasons',
}
