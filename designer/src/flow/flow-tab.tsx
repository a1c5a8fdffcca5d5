import type { Finding } from '@signoff/analysis'
import type { AppDefinition } from '@signoff/schemas'
import { Alert, Button, Drawer, Space } from 'antd'
import { useMemo } from 'react'
import { walkFields } from '../form/field-tree.ts'
import { useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { flowActions } from '../store/flow-actions.ts'
import { useFlowSelection } from '../store/flow-selection.ts'
import { designerStore } from '../store/use-designer.ts'
import { useNarrow } from '../ui/use-narrow.ts'
import { useDirectory } from './directory.ts'
import { FlowCanvas } from './flow-canvas.tsx'
import { NodePanel } from './panels/node-panel.tsx'
import type { PanelContext } from './panels/panel-context.ts'
import { summaryContext } from './summary-context.ts'

/** The flow tab: the canvas, and the selected node's panel beside it (below it, in a drawer, on phones). */
export function FlowTab({ app, findings }: { app: AppDefinition; findings: readonly Finding[] }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const narrow = useNarrow()
  const { directory, failed } = useDirectory()
  const selectedId = useFlowSelection((state) => state.nodeId)
  const fields = useMemo(() => walkFields(app.form.fields).map((item) => item.field), [app.form.fields])
  const summaries = useMemo(
    () => summaryContext(t, locale, directory, fields),
    [t, locale, directory, fields],
  )
  const ctx: PanelContext = { t, locale, directory, app, fields }
  const node = app.flow.nodes.find((item) => item.id === selectedId)
  const panel = <NodePanel key={node?.id} node={node} ctx={ctx} />
  return (
    <div className="flow-tab">
      <div className="flow-canvas-pane">
        <Space className="flow-toolbar" size={6}>
          <Button size="small" onClick={() => flowActions(designerStore).clearPositions()}>
            ⇅ {t.flowRelayout}
          </Button>
        </Space>
        {failed && (
          <Alert className="flow-directory-failed" type="warning" showIcon title={t.directoryFailed} />
        )}
        <FlowCanvas flow={app.flow} findings={findings} ctx={summaries} />
      </div>
      {narrow ? (
        <Drawer
          open={node !== undefined}
          placement="bottom"
          size="75%"
          title={t.properties}
          mask={{ closable: true }}
          onClose={() => useFlowSelection.getState().select(null)}
        >
          {panel}
        </Drawer>
      ) : (
        <aside className="flow-panel">{panel}</aside>
      )}
    </div>
  )
}
