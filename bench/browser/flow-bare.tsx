import {
  applyNodeChanges,
  Background,
  Controls,
  type Edge,
  type Node,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useCallback, useState } from 'react'
import { flowView } from '../../designer/src/flow/flow-view.ts'
import { summaryContext } from '../../designer/src/flow/summary-context.ts'
import { en } from '../../designer/src/i18n/dictionary.ts'
import { bigFlow } from './flow-fixture.ts'
import { installBench, nodeTransform } from './harness.ts'
import './flow-page.css'

const ctx = summaryContext(en, 'en', null, [])
const proOptions = { hideAttribution: true }

/** The same nodes, at the same places and sizes, as plain React Flow nodes with default edges. */
function BareCanvas({ size }: { size: number }) {
  const [view] = useState(() => flowView(bigFlow(size), [], ctx))
  const [nodes, setNodes] = useState<Node[]>(() =>
    view.nodes.map((node) => ({
      id: node.id,
      position: node.position,
      data: { label: node.type === 'step' ? node.data.node.name.en : '' },
      style: { width: node.width, height: node.height },
    })),
  )
  const [edges] = useState<Edge[]>(() =>
    view.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  )
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  )
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} proOptions={proOptions}>
      <Background gap={16} />
      <Controls showInteractive={false} />
    </ReactFlow>
  )
}

installBench({
  mount: (size) => (
    <div className="flow-page">
      <ReactFlowProvider>
        <BareCanvas size={size} />
      </ReactFlowProvider>
    </div>
  ),
  probes: { node: nodeTransform },
})
