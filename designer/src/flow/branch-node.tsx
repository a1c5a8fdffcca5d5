import { Handle, type NodeProps, Position } from '@xyflow/react'
import { memo } from 'react'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { flowActions } from '../store/flow-actions.ts'
import { useFlowSelection } from '../store/flow-selection.ts'
import { designerStore } from '../store/use-designer.ts'
import { DeleteButton } from './delete-button.tsx'
import { FindingBadge } from './finding-badge.tsx'
import type { BranchNode } from './flow-view.ts'
import { sameCard } from './same-card.ts'
import { format } from './summary-context.ts'

/** One branch of a condition (its name and condition) or of a parallel split, heading its column. Memoised like the step cards. */
export const BranchNodeView = memo(function BranchNodeView({ data, selected }: NodeProps<BranchNode>) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const { branch, number, findings, summary, splitId, edgeId, removable, color } = data
  const isDefault = branch?.default === true
  const title = branch ? pickText(branch.name, locale) : format(t.flowParallelBranch, { n: number })
  const text = branch ? (isDefault ? t.flowBranchDefault : summary) : t.flowParallelSummary
  const remove = () => {
    if (flowActions(designerStore).removeBranch(splitId, edgeId)) useFlowSelection.getState().select(splitId)
  }
  return (
    <div
      className={`flow-branch${isDefault ? ' is-default' : ''}${selected ? ' is-selected' : ''}${
        data.path ? (data.path.on ? ' is-on-path' : ' is-off-path') : ''
      }`}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} className="flow-handle" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="flow-handle" />
      <div className="flow-branch-head" style={isDefault ? undefined : { color }}>
        <span className="flow-branch-title" title={title}>
          {title}
        </span>
        {removable && <DeleteButton label={t.flowDeleteBranch} onConfirm={remove} />}
      </div>
      <div className="flow-branch-body" title={text}>
        {text}
      </div>
      <FindingBadge findings={findings} />
    </div>
  )
}, sameCard)
