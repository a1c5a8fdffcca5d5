import { nodeTypes } from '@signoff/node-types'
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react'
import { Button, Dropdown } from 'antd'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { flowActions } from '../store/flow-actions.ts'
import { useFlowSelection } from '../store/flow-selection.ts'
import { designerStore } from '../store/use-designer.ts'
import type { ViewEdge } from './flow-view.ts'
import { type InsertableKind, insertableKinds } from './insert-templates.ts'

/** Where the "+" sits: just below the edge's source, on the straight part before any bend. */
const plusOffset = 20

/** An edge drawn as a right-angled line; where a step can go, a DingTalk-style "+" opens the insert menu. */
export function PlusEdge({
  id,
  source,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
}: EdgeProps<ViewEdge>) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 6,
    offset: 14,
  })
  const edgeId = data?.edgeId
  const insert = (kind: InsertableKind) => {
    if (!edgeId) return
    const nodeId = flowActions(designerStore).insert(edgeId, kind)
    if (nodeId) useFlowSelection.getState().show(nodeId)
  }
  return (
    <>
      <BaseEdge id={id} path={path} className="flow-edge" />
      {edgeId && (
        <EdgeLabelRenderer>
          <div
            className="flow-plus nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${sourceX}px, ${sourceY + plusOffset}px)` }}
          >
            <Dropdown
              trigger={['click']}
              menu={{
                items: insertableKinds.map((kind) => ({
                  key: kind,
                  label: (
                    <span className="flow-menu-item">
                      <span className="flow-menu-dot" style={{ background: nodeTypes[kind].color }} />
                      {pickText(nodeTypes[kind].label, locale)}
                    </span>
                  ),
                })),
                onClick: ({ key }) => insert(key as InsertableKind),
              }}
            >
              <Button
                shape="circle"
                size="small"
                type="primary"
                aria-label={t.flowAddNode}
                className="flow-plus-button"
                // Which card the "+" hangs below, for tests and tools that address it.
                data-after={source}
              >
                +
              </Button>
            </Dropdown>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}
