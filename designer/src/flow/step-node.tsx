import { nodeTypeOf } from '@signoff/node-types'
import type { NodeKind } from '@signoff/schemas'
import { Handle, type NodeProps, Position } from '@xyflow/react'
import { type MouseEvent, memo } from 'react'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { flowActions } from '../store/flow-actions.ts'
import { useFlowSelection } from '../store/flow-selection.ts'
import { designerStore } from '../store/use-designer.ts'
import { DeleteButton } from './delete-button.tsx'
import { FindingBadge } from './finding-badge.tsx'
import { isTerminal } from './flow-roles.ts'
import type { StepNode } from './flow-view.ts'
import { facetOf } from './node-facets.ts'
import { sameCard } from './same-card.ts'

const stop = (event: MouseEvent) => event.stopPropagation()

function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="flow-handle" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="flow-handle" />
    </>
  )
}

/**
 * A flow node on the canvas, drawn by its kind's shape: a coloured card, a split pill, a join dot or the end.
 * Memoised: React Flow hands a card new position props while it is dragged, which it does not draw.
 */
export const StepNodeView = memo(function StepNodeView({ data, selected }: NodeProps<StepNode>) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const { node, findings, summary } = data
  const spec = nodeTypeOf(node.kind as NodeKind)
  const shape = facetOf(node).shape
  const name = pickText(node.name, locale)
  const remove = () => {
    if (flowActions(designerStore).removeNode(node.id)) useFlowSelection.getState().select(null)
  }
  const stateClass =
    (selected ? ' is-selected' : '') + (data.path ? (data.path.on ? ' is-on-path' : ' is-off-path') : '')
  if (shape === 'end' || shape === 'join')
    return (
      <div className={`flow-pill flow-${shape}${stateClass}`} title={summary}>
        <Handles />
        {name}
        <FindingBadge findings={findings} />
      </div>
    )
  if (shape === 'split') {
    const conditional = 'branches' in node
    return (
      <div className={`flow-split${stateClass}`} style={{ borderColor: spec.color }}>
        <Handles />
        <span className="flow-split-name" style={{ color: spec.color }} title={name}>
          {name}
        </span>
        <button
          type="button"
          className="flow-split-add nodrag"
          onClick={(event) => {
            stop(event)
            flowActions(designerStore).addBranch(node.id)
          }}
        >
          {conditional ? t.flowAddCondition : t.flowAddBranch}
        </button>
        <FindingBadge findings={findings} />
      </div>
    )
  }
  const deletable = !isTerminal(node)
  return (
    <div className={`flow-card${stateClass}`}>
      <Handles />
      <div className="flow-card-head" style={{ background: spec.color }}>
        <span className="flow-card-title" title={name}>
          {name}
        </span>
        {deletable && <DeleteButton label={t.flowDeleteNode} onConfirm={remove} />}
      </div>
      <div className="flow-card-body" title={summary}>
        <span className="flow-card-kind">
          {data.path?.asked ? `→ ${data.path.asked}` : pickText(spec.label, locale)}
        </span>
        <span className="flow-card-summary">{summary}</span>
      </div>
      <FindingBadge findings={findings} />
    </div>
  )
}, sameCard)
