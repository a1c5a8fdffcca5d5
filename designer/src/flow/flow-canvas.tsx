import type { Finding } from '@signoff/analysis'
import type { FlowDefinition } from '@signoff/schemas'
import {
  applyNodeChanges,
  Background,
  ControlButton,
  Controls,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useMessages } from '../i18n/locale-store.ts'
import { useSimulation } from '../simulate/simulation-store.ts'
import { flowActions } from '../store/flow-actions.ts'
import { useFlowSelection } from '../store/flow-selection.ts'
import { designerStore } from '../store/use-designer.ts'
import { BranchNodeView } from './branch-node.tsx'
import { EdgeLabelLayer, useFindEdgeLabelLayer } from './edge-label-layer.ts'
import './flow.css'
import { fitViewport } from './fit-viewport.ts'
import { branchNodeId, flowView, type ViewNode } from './flow-view.ts'
import { PlusEdge } from './plus-edge.tsx'
import { StepNodeView } from './step-node.tsx'
import type { SummaryContext } from './summary-context.ts'

const nodeTypes = { step: StepNodeView, branch: BranchNodeView } satisfies NodeTypes
const edgeTypes = { plus: PlusEdge } satisfies EdgeTypes
const fitViewOptions = { maxZoom: 1, padding: 0.1 }
const proOptions = { hideAttribution: true }
const onNodeDragStop = (_event: unknown, node: ViewNode) => {
  if (node.type === 'step') flowActions(designerStore).moveNode(node.id, node.position)
}
const onPaneClick = () => useFlowSelection.getState().select(null)

interface CanvasProps {
  flow: FlowDefinition
  findings: readonly Finding[]
  ctx: SummaryContext
}

/** Centres the view on the selected node when asked to (a finding picked in the drawer). */
function useFocusSelected(nodes: readonly ViewNode[]) {
  const { setCenter, getZoom } = useReactFlow()
  const reveal = useFlowSelection((state) => state.reveal)
  // Only a request to reveal moves the view; clicks and re-layouts leave it where the owner put it.
  const latest = useRef(nodes)
  latest.current = nodes
  useEffect(() => {
    if (reveal === 0) return
    const selectedId = useFlowSelection.getState().nodeId
    const node = latest.current.find((item) => item.id === selectedId)
    if (!node) return
    void setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, {
      zoom: getZoom(),
      duration: 200,
    })
  }, [reveal, setCenter, getZoom])
}

/**
 * Starts at the top of the flow, centred on its first node, as large as the pane allows (70% to
 * 100%), so a long flow is read by scrolling down rather than shrunk to fit.
 */
function useInitialViewport(nodes: readonly ViewNode[]) {
  const { setViewport } = useReactFlow()
  const width = useStore((state) => state.width)
  const done = useRef(false)
  useEffect(() => {
    if (done.current || width === 0 || nodes.length === 0) return
    done.current = true
    const left = Math.min(...nodes.map((node) => node.position.x))
    const right = Math.max(...nodes.map((node) => node.position.x + (node.width ?? 0)))
    // Narrow panes (phones) keep the cards readable and centre the main line; the rest is a swipe away.
    const zoom = Math.min(1, Math.max(0.7, (width - 32) / (right - left)))
    const [first] = nodes
    const centre = first ? first.position.x + (first.width ?? 0) / 2 : (left + right) / 2
    void setViewport({ x: width / 2 - centre * zoom, y: 48, zoom })
  }, [width, nodes, setViewport])
}

function Canvas({ flow, findings, ctx }: CanvasProps) {
  const t = useMessages()
  const selection = useFlowSelection()
  const steps = useSimulation((state) => state.steps)
  const path = useMemo(
    () =>
      steps
        ? new Map(
            steps.map((step) => [step.node, step.assignees.map((item) => ctx.user(item.user)).join('、')]),
          )
        : undefined,
    [steps, ctx],
  )
  const view = useMemo(() => flowView(flow, findings, ctx, path), [flow, findings, ctx, path])
  const [nodes, setNodes] = useState<ViewNode[]>(view.nodes)
  useEffect(() => setNodes(view.nodes), [view])
  useFocusSelected(view.nodes)
  useInitialViewport(nodes)
  const selectedId = selection.edgeId ? branchNodeId(selection.edgeId) : selection.nodeId
  // Nodes keep their identity unless their selection differs, so a drag redraws the dragged card only
  // (a new object for each of 500 nodes per pointer move redrew every card: bench workload 6).
  const shown = useMemo(
    () =>
      nodes.map((node) =>
        Boolean(node.selected) === (node.id === selectedId)
          ? node
          : { ...node, selected: node.id === selectedId },
      ),
    [nodes, selectedId],
  )
  const latest = useRef(nodes)
  latest.current = nodes
  // React Flow's own fit waits for a node change before it moves, so the control fits from the layout.
  const { setViewport } = useReactFlow()
  const paneWidth = useStore((state) => state.width)
  const paneHeight = useStore((state) => state.height)
  const fitAll = useCallback(() => {
    const viewport = fitViewport(latest.current, paneWidth, paneHeight)
    if (viewport) void setViewport(viewport, { duration: 200 })
  }, [setViewport, paneWidth, paneHeight])
  // Stable handlers: React Flow copies every changed prop into its store, and each copy notifies the
  // subscriptions of every node and edge (a new handler per pointer move did so several times a move).
  const onNodesChange = useCallback((changes: NodeChange<ViewNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current))
    // Selecting with the keyboard (Tab to a card, Enter) opens its panel like a click does.
    const picked = changes.find((change) => change.type === 'select' && change.selected)
    const node = picked && 'id' in picked ? latest.current.find((item) => item.id === picked.id) : undefined
    const { select } = useFlowSelection.getState()
    if (node?.type === 'branch') select(node.data.splitId, node.data.edgeId)
    else if (node) select(node.id)
  }, [])
  const labelLayer = useFindEdgeLabelLayer()
  return (
    <EdgeLabelLayer.Provider value={labelLayer}>
      <ReactFlow<ViewNode>
        nodes={shown}
        edges={view.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        minZoom={0.2}
        maxZoom={1.5}
        fitViewOptions={fitViewOptions}
        proOptions={proOptions}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={onPaneClick}
      >
        <Background gap={16} color="#e3e6ec" />
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={fitAll} title={t.flowFitView} aria-label={t.flowFitView}>
            ⤢
          </ControlButton>
        </Controls>
      </ReactFlow>
    </EdgeLabelLayer.Provider>
  )
}

/** The flow as a DingTalk-style canvas: cards top to bottom, "+" on every edge, branches side by side. */
export function FlowCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  )
}
