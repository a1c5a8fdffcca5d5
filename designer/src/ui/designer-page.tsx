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
  Tooltip,
  Typography,
} from 'antd'
import { useDeferredValue, useMemo, useRef, useState } from 'react'
import { ApiError } from '../api/client.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { placeFindings } from '../lint/findings-by-field.ts'
import { designerStore, useDesigner, useHistory } from '../store/use-designer.ts'
import { FieldList } from './canvas.tsx'
import { downloadJson } from './download.ts'
import { FindingsPanel } from './findings-panel.tsx'
import { FormDnd } from './form-dnd.tsx'
import { JsonEditor } from './json-editor.tsx'
import { LocaleSwitch } from './locale-switch.tsx'
import { Palette } from './palette.tsx'
import { PropertyPanel } from './property-panel.tsx'
import { useDraftSync } from './use-draft-sync.ts'
import { useNarrow } from './use-narrow.ts'
import { useUndoKeys } from './use-undo-keys.ts'

export function DesignerPage({ appId, onBack }: { appId: string; onBack: () => void }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const { message } = AntApp.useApp()
  const app = useDesigner((state) => state.app)
  const selectedId = useDesigner((state) => state.selectedId)
  const narrow = useNarrow()
  const history = useHistory()
  const sync = useDraftSync(appId)
  const [jsonOpen, setJsonOpen] = useState(false)
  const [findingsOpen, setFindingsOpen] = useState(false)
  const [publishOpen, setPublishOpen] = useState(false)
  const [note, setNote] = useState('')
  const [serverFindings, setServerFindings] = useState<Finding[] | null>(null)
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  useUndoKeys()

  const deferred = useDeferredValue(app)
  const findings = useMemo(() => (deferred ? lintApp(deferred) : []), [deferred])
  const placed = useMemo(() => placeFindings(deferred?.form.fields ?? [], findings), [deferred, findings])
  const errorCount = findings.filter((item) => item.severity === 'error').length
  const fieldOf = (path: string) => {
    for (const [id, list] of placed.byField) if (list.some((item) => item.path === path)) return id
    return null
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
          <Badge count={findings.length} color={errorCount ? 'red' : 'orange'} size="small">
            <Button size="small" onClick={() => setFindingsOpen(true)}>
              {t.findings}
            </Button>
          </Badge>
          <LocaleSwitch />
          <Button size="small" onClick={save} loading={busy} disabled={!sync.dirty}>
            {t.save}
          </Button>
          <Tooltip title={errorCount ? t.publishBlocked : undefined}>
            <Button
              size="small"
              type="primary"
              onClick={() => setPublishOpen(true)}
              disabled={errorCount > 0}
            >
              {t.publish}
            </Button>
          </Tooltip>
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
      <FormDnd>
        <div className="designer-grid">
          <aside className="pane pane-palette">
            <Typography.Text strong className="pane-title">
              {t.palette}
            </Typography.Text>
            <Palette />
          </aside>
          <main
            className="pane pane-canvas"
            onClick={() => designerStore.getState().select(null)}
            onKeyDown={undefined}
          >
            <div className="form-sheet">
              <Typography.Title level={5} className="sheet-title">
                {pickText(app.name, locale)}
              </Typography.Title>
              <FieldList fields={app.form.fields} parentId={null} findings={placed.byField} />
            </div>
            {placed.elsewhere.length > 0 && (
              <div className="other-findings">
                <FindingsPanel findings={placed.elsewhere} fieldOf={() => null} onPick={() => undefined} />
              </div>
            )}
          </main>
          {narrow ? (
            <Drawer
              open={selectedId !== null}
              placement="bottom"
              size="70%"
              title={t.properties}
              mask={{ closable: true }}
              onClose={() => designerStore.getState().select(null)}
            >
              <PropertyPanel />
            </Drawer>
          ) : (
            <aside className="pane pane-properties">
              <Typography.Text strong className="pane-title">
                {t.properties}
              </Typography.Text>
              <PropertyPanel />
            </aside>
          )}
        </div>
      </FormDnd>
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
          onPick={(id) => {
            designerStore.getState().select(id)
            setFindingsOpen(false)
          }}
        />
      </Drawer>
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
            <FindingsPanel
              findings={serverFindings}
              fieldOf={fieldOf}
              onPick={(id) => designerStore.getState().select(id)}
            />
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
