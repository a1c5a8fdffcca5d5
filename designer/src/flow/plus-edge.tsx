import { nodeTypes } from '@signoff/node-types'
import { BaseEdge, type EdgeProps, getSmoothStepPath } from '@xyflow/react'
import { Dropdown, type MenuProps } from 'antd'
import { memo, useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { flowActions } from '../store/flow-actions.ts'
import { useFlowSelection } from '../store/flow-selection.ts'
import { designerStore } from '../store/use-designer.ts'
import { useEdgeLabelLayer } from './edge-label-layer.ts'
import type { ViewEdge } from './flow-view.ts'
import { type InsertableKind, insertableKinds } from './insert-templates.ts'

/** Where the "+" sits: just below the edge's source, on the straight part before any bend. */
const plusOffset = 20

/**
 * The "+" below a card. A plain button: an antd Dropdown and Button on each of hundreds of edges made
 * every drag on a large flow slow (bench workload 6), so the menu is mounted the first time it opens.
 * The button says which menu it opens (aria-controls, aria-expanded), so a person with a screen reader,
 * and a test, reach that menu rather than whichever popup the page happens to hold.
 */
function PlusButton({ edgeId, after }: { edgeId: string; after: string }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const [armed, setArmed] = useState(false)
  const [open, setOpen] = useState(false)
  const menuId = `flow-plus-menu-${useId().replace(/[^\w-]/g, '')}`
  const ref = useRef<HTMLButtonElement>(null)
  const refocus = useRef(false)
  // Arming wraps the button in the Dropdown, which mounts a new button element: a keyboard user who
  // pressed Enter on the old one keeps the focus instead of losing it to the page.
  useEffect(() => {
    if (armed && refocus.current) ref.current?.focus()
    refocus.current = false
  }, [armed])
  const button = (
    <button
      ref={ref}
      type="button"
      aria-label={t.flowAddNode}
      aria-haspopup="menu"
      aria-expanded={open}
      aria-controls={armed ? menuId : undefined}
      className="flow-plus-button"
      // Which card the "+" hangs below, for tests and tools that address it.
      data-after={after}
      // Once the menu is mounted, its own trigger opens and closes it.
      onClick={
        armed
          ? undefined
          : (event) => {
              refocus.current = document.activeElement === event.currentTarget
              setArmed(true)
              setOpen(true)
            }
      }
    >
      +
    </button>
  )
  if (!armed) return button
  const menu: MenuProps & { 'data-after': string } = {
    id: menuId,
    'aria-label': t.flowAddNode,
    'data-after': after,
    items: insertableKinds.map((kind) => ({
      key: kind,
      label: (
        <span className="flow-menu-item">
          <span className="flow-menu-dot" style={{ background: nodeTypes[kind].color }} />
          {pickText(nodeTypes[kind].label, locale)}
        </span>
      ),
    })),
    onClick: ({ key }) => {
      setOpen(false)
      const nodeId = flowActions(designerStore).insert(edgeId, key as InsertableKind)
      if (nodeId) useFlowSelection.getState().show(nodeId)
    },
  }
  return (
    <Dropdown trigger={['click']} open={open} onOpenChange={setOpen} menu={menu}>
      {button}
    </Dropdown>
  )
}

/** An edge drawn as a right-angled line; where a step can go, a DingTalk-style "+" opens the insert menu. */
export const PlusEdge = memo(function PlusEdge({
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
  const layer = useEdgeLabelLayer()
  return (
    <>
      <BaseEdge id={id} path={path} className="flow-edge" />
      {edgeId &&
        layer &&
        createPortal(
          <div
            className="flow-plus nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${sourceX}px, ${sourceY + plusOffset}px)` }}
          >
            <PlusButton edgeId={edgeId} after={source} />
          </div>,
          layer,
        )}
    </>
  )
})
