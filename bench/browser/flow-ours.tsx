import { FlowCanvas } from '../../designer/src/flow/flow-canvas.tsx'
import { flowView } from '../../designer/src/flow/flow-view.ts'
import { summaryContext } from '../../designer/src/flow/summary-context.ts'
import { en } from '../../designer/src/i18n/dictionary.ts'
import { bigFlow } from './flow-fixture.ts'
import { installBench, nodeTransform } from './harness.ts'
import './flow-page.css'

const ctx = summaryContext(en, 'en', null, [])

installBench({
  mount: (size) => (
    <div className="flow-page">
      <FlowCanvas flow={bigFlow(size)} findings={[]} ctx={ctx} />
    </div>
  ),
  probes: { node: nodeTransform },
  timings: {
    // The canvas lays out a flow when its shape changes; a small flow first so the layout's cache misses.
    layout(size) {
      const flow = bigFlow(size)
      flowView(bigFlow(8), [], ctx)
      const begin = performance.now()
      flowView(flow, [], ctx)
      return performance.now() - begin
    },
  },
})
