import type { Condition, ConditionBranch, FlowNode } from '@signoff/schemas'
import { Button, Input, Space, Switch, Typography } from 'antd'
import { useEffect, useRef } from 'react'
import { ConditionBuilder } from '../../condition/condition-builder.tsx'
import { renameEn, renameZh } from '../../i18n/follow-rename.ts'
import { flowActions } from '../../store/flow-actions.ts'
import { useFlowSelection } from '../../store/flow-selection.ts'
import { designerStore } from '../../store/use-designer.ts'
import type { PanelContext } from './panel-context.ts'

function BranchEditor({
  node,
  branch,
  index,
  focused,
  ctx,
}: {
  node: FlowNode & { branches: ConditionBranch[] }
  branch: ConditionBranch
  index: number
  focused: boolean
  ctx: PanelContext
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' })
  }, [focused])
  const actions = flowActions(designerStore)
  const setBranches = (branches: ConditionBranch[]) => actions.setNodeProperty(node.id, 'branches', branches)
  const replace = (next: ConditionBranch) =>
    setBranches(node.branches.map((item) => (item.id === branch.id ? next : item)))
  const edge = ctx.app.flow.edges.find((item) => item.source === node.id && item.branch === branch.id)
  const isDefault = branch.default === true
  const others = node.branches.length
  const setName = (name: ConditionBranch['name']) => replace({ ...branch, name })
  const setDefault = (on: boolean) => {
    const { default: _d, condition: _c, ...rest } = branch
    replace(on ? { ...rest, default: true } : { ...rest, condition: { cel: 'true' } })
  }
  const moveUp = () => {
    const list = [...node.branches]
    const [item] = list.splice(index, 1)
    if (item) list.splice(index - 1, 0, item)
    setBranches(list)
  }
  return (
    <div ref={ref} className={`flow-branch-editor${focused ? ' is-focused' : ''}`}>
      <Space.Compact block className="flow-branch-name">
        <Input
          aria-label={ctx.t.branchName}
          value={branch.name['zh-CN']}
          onChange={(event) => setName(renameZh(branch.name, event.target.value))}
        />
        <Input
          aria-label={`${ctx.t.branchName} EN`}
          // Without an English name English readers see the Chinese one: the placeholder says so.
          placeholder={branch.name['zh-CN'] || 'EN'}
          value={branch.name.en ?? ''}
          onChange={(event) => setName(renameEn(branch.name, event.target.value))}
        />
      </Space.Compact>
      <div className="flow-branch-tools">
        <Space size={6}>
          <Switch size="small" checked={isDefault} onChange={setDefault} />
          <Typography.Text type="secondary">{ctx.t.branchIsDefault}</Typography.Text>
        </Space>
        <Space size={2}>
          <Button size="small" type="text" disabled={index === 0} onClick={moveUp}>
            ↑ {ctx.t.branchMoveUp}
          </Button>
          <Button
            size="small"
            type="text"
            danger
            disabled={!edge || (isDefault && others > 2)}
            onClick={() => edge && actions.removeBranch(node.id, edge.id)}
          >
            {ctx.t.flowDeleteBranch}
          </Button>
        </Space>
      </div>
      {!isDefault && (
        <ConditionBuilder
          value={branch.condition}
          form={ctx.app.form}
          locale={ctx.locale}
          onChange={(condition: Condition | undefined) => {
            const { condition: _old, ...rest } = branch
            replace(condition ? { ...rest, condition } : (rest as ConditionBranch))
          }}
        />
      )}
    </div>
  )
}

/** A condition's branches in the order they are tried: name, default or condition (visual or CEL). */
export function BranchesEditor({ node, ctx }: { node: FlowNode; ctx: PanelContext }) {
  const focusedEdge = useFlowSelection((state) => state.edgeId)
  if (!('branches' in node)) return null
  const focusedBranch = ctx.app.flow.edges.find((edge) => edge.id === focusedEdge)?.branch
  return (
    <div>
      {node.branches.map((branch, index) => (
        <BranchEditor
          key={branch.id}
          node={node}
          branch={branch}
          index={index}
          focused={branch.id === focusedBranch}
          ctx={ctx}
        />
      ))}
      <Button size="small" onClick={() => flowActions(designerStore).addBranch(node.id)}>
        + {ctx.t.flowAddCondition}
      </Button>
    </div>
  )
}
