import { type Finding, lintApp } from '@signoff/analysis'
import { validateApp } from '@signoff/schemas'
import {
  Alert,
  App as AntApp,
  Badge,
  Button,
  Drawer,
  Input,
  Layout,
  Modal,
  Result,
  Space,
  Spin,
  Tabs,
  Tooltip,
  Typography,
} from 'antd'
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { ApiError } from '../api/client.ts'
import { spotOf } from '../flow/flow-findings.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { placeFindings } from '../lint/findings-by-field.ts'
import { useFlowSelection } from '../store/flow-selection.ts'
import { designerStore, useDesigner, useHistory } from '../store/use-designer.ts'
import { downloadJson } from './download.ts'
import { FindingsPanel } from './findings-panel.tsx'
import { FormTab } from './form-tab.tsx'
import { JsonEditor } from './json-editor.tsx'
import { LocaleSwitch } from './locale-switch.tsx'
import { PublishButton } from './publish-button.tsx'
import { useDraftSync } from './use-draft-sync.ts'
import { useUndoKeys } from './use-undo-keys.ts'

// The flow canvas (React Flow, dagre), the simulation (engine, form renderer) and the versions drawer load
// when first used, so opening the form designer does not wait for them.
const FlowTab = lazy(() => import('../flow/flow-tab.tsx').then((module) => ({ default: module.FlowTab })))
const SimulateDrawer = lazy(() =>
  import('../simulate/simulate-drawer.tsx').then((module) => ({ default: module.SimulateDrawer })),
)
const PreviewDrawer = lazy(() =>
  import('../preview/preview-drawer.tsx').then((module) => ({ default: module.PreviewDrawer })),
)
const VersionsDrawer = lazy(() =>
  import('../versions/versions-drawer.tsx').then((module) => ({ default: module.VersionsDrawer })),
)

type Tab = 'form' | 'flow'
const flowTarget = 'flow/'

export function DesignerPage({ appId, onBack }: { appId: string; onBack: () => void }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const { message } = AntApp.useApp()
  const app = useDesigner((state) => state.app)
  const [tab, setTab] = useState<Tab>('form')
  const history = useHistory()
  const sync = useDraftSync(appId)
  const [jsonOpen, setJsonOpen] = useState(false)
  const [findingsOpen, setFindingsOpen] = useState(false)
  const [versionsOpen, setVersionsOpen] = useState(false)
  const [simulateOpen, setSimulateOpen] = useState(false)
  // Mounted from the first opening on, so closing keeps the drawer's animation and state.
  const simulateUsed = useUsedOnce(simulateOpen)
  const [previewOpen, setPreviewOpen] = useState(false)
  const previewUsed = useUsedOnce(previewOpen)
  const versionsUsed = useUsedOnce(versionsOpen)
  const [publishOpen, setPublishOpen] = useState(false)
  const [note, setNote] = useState('')
  const [serverFindings, setServerFindings] = useState<Finding[] | null>(null)
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  useUndoKeys()
  // A selection from another app's flow means nothing here.
  useEffect(() => {
    if (appId) useFlowSelection.getState().select(null)
  }, [appId])

  const deferred = useDeferredValue(app)
  const findings = useMemo(() => (deferred ? lintApp(deferred) : []), [deferred])
  const placed = useMemo(() => placeFindings(deferred?.form.fields ?? [], findings), [deferred, findings])
  const errors = useMemo(() => findings.filter((item) => item.severity === 'error'), [findings])
  // The form tab lists what is neither on a field nor in the flow; the flow shows its own on the nodes.
  const formPlaced = useMemo(
    () => ({ ...placed, elsewhere: placed.elsewhere.filter((item) => !item.path.startsWith('/flow')) }),
    [placed],
  )
  // A finding leads to its field, or to its node on the flow tab (flow targets are not identifiers, so never clash).
  const fieldOf = (path: string) => {
    for (const [id, list] of placed.byField) if (list.some((item) => item.path === path)) return id
    const spot = deferred && spotOf(deferred.flow, path)
    return spot ? `${flowTarget}${spot.nodeId}/${spot.edgeId ?? ''}` : null
  }
  const pick = (target: string) => {
    if (!target.startsWith(flowTarget)) {
      setTab('form')
      designerStore.getState().select(target)
      return
    }
    const [nodeId = '', edgeId = ''] = target.slice(flowTarget.length).split('/')
    setTab('flow')
    useFlowSelection.getState().show(nodeId, edgeId || null)
  }

  if (sync.state.kind === 'loading' || !app) {
    if (sync.state.kind === 'failed')
      return (
        <Result
          status="error"
          title={t.requestFailed}
          subTitle={sync.state.message}
          extra={<Button onClick={onBack}>{t.back}</Button>}
        />
      )
    return <Spin className="page-spinner" />
  }

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } catch (caught) {
      if (!(caught instanceof ApiError && caught.status === 409))
        message.error(caught instanceof Error ? caught.message : t.requestFailed)
    } finally {
      setBusy(false)
    }
  }

  const save = () =>
    run(async () => {
      await sync.save()
      message.success(t.saved)
    })

  const publish = () =>
    run(async () => {
      const result = await sync.publish(note)
      if (result.ok) {
        setPublishOpen(false)
        setNote('')
        setServerFindings(null)
        message.success(`${t.published} ${result.version}`)
      } else setServerFindings(result.findings)
    })

  const importFile = async (file: File) => {
    try {
      const parsed: unknown = JSON.parse(await file.text())
      const candidate = (parsed as { app?: unknown }).app ?? parsed
      const result = validateApp(candidate)
      if (!result.ok) throw new Error(result.issues[0]?.message)
      designerStore.getState().replace({ ...result.value, key: app.key })
    } catch {
      message.error(t.importFailed)
    }
  }

  return (
    <Layout className="designer-page">
      <Layout.Header className="top-bar designer-bar">
        <Space wrap size={8} className="bar-left">
          <Button size="small" onClick={onBack}>
            ← {t.back}
          </Button>
          <Typography.Text strong className="app-name">
            {pickText(app.name, locale)}
          </Typography.Text>
          <Typography.Text type={sync.dirty ? 'warning' : 'secondary'} className="save-state">
            {sync.dirty ? t.unsaved : t.saved}
          </Typography.Text>
        </Space>
        <Space wrap size={6} className="bar-right">
          <Tooltip title="Ctrl+Z">
            <Button size="small" onClick={history.undo} disabled={!history.canUndo}>
              ↶ {t.undo}
            </Button>
          </Tooltip>
          <Tooltip title="Ctrl+Shift+Z">
            <Button size="small" onClick={history.redo} disabled={!history.canRedo}>
              ↷ {t.redo}
            </Button>
          </Tooltip>
          <Button size="small" onClick={() => setJsonOpen(true)}>
            {t.jsonView}
          </Button>
          <Button size="small" onClick={() => fileInput.current?.click()}>
            {t.importJson}
          </Button>
          <Button size="small" onClick={() => downloadJson(app, `${app.key}-draft.json`)}>
            {t.exportJson}
          </Button>
          <Button size="small" onClick={() => setPreviewOpen(true)}>
            {t.preview}
          </Button>
          <Button
            size="small"
            onClick={() => {
              // The path is highlighted on the flow, which stays visible beside the drawer.
              setTab('flow')
              setSimulateOpen(true)
            }}
          >
            {t.simulate}
          </Button>
          <Button size="small" onClick={() => setVersionsOpen(true)}>
            {t.versions}
          </Button>
          <Badge count={findings.length} color={errors.length ? 'red' : 'orange'} size="small">
            <Button size="small" onClick={() => setFindingsOpen(true)}>
              {t.findings}
            </Button>
          </Badge>
          <LocaleSwitch />
          <Button size="small" onClick={save} loading={busy} disabled={!sync.dirty}>
            {t.save}
          </Button>
          <PublishButton errors={errors} onClick={() => setPublishOpen(true)} />
        </Space>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void importFile(file)
            event.target.value = ''
          }}
        />
      </Layout.Header>
      {sync.localCopy && (
        <Alert
          type="info"
          showIcon
          title={t.keptLocalCopy}
          className="local-copy"
          closable={{ onClose: sync.dismissLocal }}
          action={
            <Space>
              <Button size="small" onClick={sync.restoreLocal}>
                {t.restoreMine}
              </Button>
              <Button size="small" onClick={() => downloadJson(sync.localCopy, `${app.key}-mine.json`)}>
                {t.downloadMine}
              </Button>
            </Space>
          }
        />
      )}
      <Tabs
        className="designer-tabs"
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        items={[
          { key: 'form', label: t.tabForm },
          { key: 'flow', label: t.tabFlow },
        ]}
      />
      {tab === 'form' ? (
        <FormTab app={app} placed={formPlaced} />
      ) : (
        <Suspense fallback={<Spin className="page-spinner" />}>
          <FlowTab app={app} findings={findings} />
        </Suspense>
      )}
      <Drawer open={jsonOpen} onClose={() => setJsonOpen(false)} title={t.jsonView} size="large">
        <JsonEditor
          value={app}
          rows={32}
          onApply={(value) => {
            const result = validateApp(value)
            if (result.ok) designerStore.getState().replace({ ...result.value, key: app.key })
            else message.error(`${t.importFailed}: ${result.issues[0]?.path} ${result.issues[0]?.message}`)
          }}
        />
      </Drawer>
      <Drawer open={findingsOpen} onClose={() => setFindingsOpen(false)} title={t.findings}>
        <FindingsPanel
          findings={findings}
          fieldOf={fieldOf}
          onPick={(target) => {
            pick(target)
            setFindingsOpen(false)
          }}
        />
      </Drawer>
      <Suspense fallback={null}>
        {previewUsed && <PreviewDrawer app={app} open={previewOpen} onClose={() => setPreviewOpen(false)} />}
        {simulateUsed && (
          <SimulateDrawer app={app} open={simulateOpen} onClose={() => setSimulateOpen(false)} />
        )}
        {versionsUsed && (
          <VersionsDrawer
            appId={appId}
            open={versionsOpen}
            onClose={() => setVersionsOpen(false)}
            onPublished={(version) => message.success(`${t.published} ${version}`)}
            onPick={(path) => {
              const target = fieldOf(path)
              if (!target) return
              pick(target)
              setVersionsOpen(false)
            }}
          />
        )}
      </Suspense>
      <Modal
        open={publishOpen}
        title={t.publish}
        okText={t.publish}
        cancelText={t.cancel}
        confirmLoading={busy}
        onOk={publish}
        onCancel={() => {
          setPublishOpen(false)
          setServerFindings(null)
        }}
      >
        <Input.TextArea
          rows={3}
          placeholder={t.publishNote}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {serverFindings && (
          <div className="publish-findings">
            <Alert type="error" showIcon title={t.publishBlocked} />
            <FindingsPanel findings={serverFindings} fieldOf={fieldOf} onPick={pick} />
          </div>
        )}
      </Modal>
      <Modal
        open={sync.state.kind === 'conflict'}
        title={t.conflictTitle}
        okText={t.reloadTheirs}
        cancelText={t.downloadMine}
        closable={false}
        mask={{ closable: false }}
        onOk={() => run(sync.reloadKeepingLocal)}
        onCancel={() => downloadJson(app, `${app.key}-mine.json`)}
      >
        {t.conflictText}
      </Modal>
    </Layout>
  )
}

function useUsedOnce(open: boolean): boolean {
  const [used, setUsed] = useState(open)
  if (open && !used) setUsed(true)
  return used || open
}
