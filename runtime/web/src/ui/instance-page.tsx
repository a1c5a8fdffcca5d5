import {
  ArrowLeftOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  WarningOutlined,
} from '@ant-design/icons'
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Spin,
  Tag,
  Typography,
} from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { ApiError, api, type InstanceAction } from '../api/client.ts'
import { pickText, useLocale, useMessages } from '../i18n/locale-store.ts'
import { editedValues, instanceActions, type TaskActionName, taskActions } from '../model/actions.ts'
import { type DecisionInput, decisionBody } from '../model/decision.ts'
import { type FieldErrors, fieldErrorsOf } from '../model/field-errors.ts'
import { formatTime } from '../model/timeline.ts'
import { ActionDialog } from './action-dialog.tsx'
import { CertifiedBadge } from './certified-badge.tsx'
import { CommentBox } from './comment-box.tsx'
import { useDirectory } from './directory.tsx'
import { FormSlot } from './form-slot.tsx'
import { PathSteps } from './path-steps.tsx'
import { useMe } from './session.ts'
import { StatusTag } from './status-tag.tsx'
import { TimelineView } from './timeline-view.tsx'
import { useInstance } from './use-instance.ts'
import { navigate } from './use-route.ts'

interface InstancePageProps {
  instanceId?: string
  taskId?: string
  onChanged: () => void
}

const taskActionPaths = {
  approve: 'approve',
  reject: 'reject',
  return: 'return',
  transfer: 'transfer',
  addSigner: 'add-signer',
} as const

/** One request: the form under the caller's permissions, the timeline, the rest of the path and the actions allowed. */
export function InstancePage({ instanceId, taskId, onChanged }: InstancePageProps) {
  const t = useMessages()
  const locale = useLocale()
  const me = useMe()
  const names = useDirectory()
  const { message } = AntApp.useApp()
  const { data, reload } = useInstance({
    ...(instanceId ? { instanceId } : {}),
    ...(taskId ? { taskId } : {}),
  })
  const [values, setValues] = useState<Record<string, unknown>>({})
  const [errors, setErrors] = useState<FieldErrors>({})
  const [dialog, setDialog] = useState<TaskActionName | null>(null)
  const [busy, setBusy] = useState(false)
  const [printing, setPrinting] = useState(false)

  // The renderer's print mode lays the form out as a document; the browser prints once it is drawn.
  useEffect(() => {
    if (!printing) return
    const done = () => setPrinting(false)
    window.addEventListener('afterprint', done)
    const timer = window.setTimeout(() => window.print(), 100)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('afterprint', done)
    }
  }, [printing])

  useEffect(() => {
    if (data) setValues(data.task?.values ?? data.instance.values)
    setErrors({})
  }, [data])

  const nodeNames = useMemo(
    () => new Map((data?.definition?.flow.nodes ?? []).map((node) => [node.id, pickText(node.name, locale)])),
    [data?.definition, locale],
  )

  if (data === undefined) return <Spin className="page-spinner" />
  if (data === null) return <Result status="404" title={t.notFound} />

  const { instance, task, definition } = data
  // Opened from the instance, the caller may still hold an open task on it.
  const myTask =
    task?.task ?? instance.tasks.find((item) => item.assignee === me.user.id && item.status === 'open')
  const node = task?.node ?? definition?.flow.nodes.find((item) => item.id === myTask?.node)
  const decisions = taskActions(myTask, node, me.user.id)
  const actions = instanceActions(instance, me.user.id, definition?.settings.allowWithdraw !== false)
  const permissions = task?.permissions ?? instance.permissions
  const resubmitting = actions.includes('resubmit')
  const editable =
    resubmitting || (decisions.includes('approve') && Object.values(permissions ?? {}).includes('edit'))

  /** Runs an action; a 409 means someone else acted first, so the page reloads and says so. */
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await work()
      message.success(done)
      setDialog(null)
      onChanged()
      await reload()
      return true
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        message.warning(t.conflict)
        setDialog(null)
        await reload()
      } else if (caught instanceof ApiError && caught.status === 429) message.warning(t.urgeTooSoon)
      else if (caught instanceof ApiError && caught.status === 400) {
        const split = fieldErrorsOf(caught.body)
        setErrors(split.fields)
        message.error(split.general[0] ?? t.fixErrors)
      } else message.error(caught instanceof Error ? caught.message : t.actionFailed)
      return false
    } finally {
      setBusy(false)
    }
  }

  const decide = (action: TaskActionName, input: DecisionInput) => {
    if (!myTask) return
    const body = decisionBody(action, input)
    const edited = action === 'approve' ? editedValues(values, permissions) : undefined
    void run(
      () =>
        api.decide(
          myTask.id,
          taskActionPaths[action],
          edited ? { ...body, values: edited } : body,
          instance.version,
        ),
      t.done,
    ).then((ok) => {
      if (ok && taskId) navigate({ page: 'instance', instanceId: instance.id }, true)
    })
  }

  const act = (action: InstanceAction, body: Record<string, unknown> = {}, done = t.done) =>
    run(
      () =>
        api.instanceAction(instance.id, action, body, action === 'comments' ? undefined : instance.version),
      done,
    )

  const title = instance.title || names.app(instance.appId)
  const form = definition ? (
    <FormSlot
      appId={instance.appId}
      form={definition.form}
      value={values}
      {...(editable && !printing ? { onChange: setValues } : {})}
      mode={printing ? 'print' : editable ? 'edit' : 'read'}
      {...(permissions ? { permissions } : {})}
      initiator={instance.initiator}
      errors={errors}
    />
  ) : (
    <>
      <Alert type="info" showIcon title={t.noForm} className="form-alert" />
      <pre className="raw-values">{JSON.stringify(values, null, 2)}</pre>
    </>
  )

  const buttonLabels: Record<TaskActionName, string> = {
    approve: t.approve,
    reject: t.reject,
    return: t.return,
    transfer: t.transfer,
    addSigner: t.addSigner,
  }

  return (
    <div className="page-body instance-page">
      <div className="page-head">
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t.back}
          onClick={() =>
            window.history.length > 1 ? window.history.back() : navigate({ page: 'inbox', box: 'todo' })
          }
        />
        <Typography.Title level={4} className="instance-title">
          {title}
        </Typography.Title>
        <StatusTag status={instance.status} />
        <CertifiedBadge compact />
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} className="instance-facts">
        <Descriptions.Item label={t.serial}>{instance.serialNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t.initiator}>{names.user(instance.initiator)}</Descriptions.Item>
        <Descriptions.Item label={t.createdAt}>
          {formatTime(instance.createdAt, new Date())}
        </Descriptions.Item>
        <Descriptions.Item label={t.timeline}>
          {instance.chainVerified ? (
            <Tag color="success" icon={<SafetyCertificateOutlined />}>
              {t.chainVerified}
            </Tag>
          ) : (
            <Tag color="error" icon={<WarningOutlined />}>
              {t.chainBroken}
            </Tag>
          )}
        </Descriptions.Item>
      </Descriptions>
      {resubmitting && <Alert type="warning" showIcon title={t.returnedHint} className="form-alert" />}
      <div className="two-columns">
        <div className="main-column">
          <Card
            title={t.form}
            extra={
              <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
                {t.print}
              </Button>
            }
          >
            {form}
          </Card>
          <Card title={t.comment} className="comment-card" size="small">
            <CommentBox
              busy={busy}
              onSend={(text, attachments) =>
                act('comments', { text, ...(attachments.length ? { attachments } : {}) })
              }
            />
          </Card>
        </div>
        <div className="side-column">
          <Card title={t.timeline} size="small">
            <TimelineView entries={instance.timeline} />
          </Card>
          {instance.predictedPath && instance.predictedPath.length > 0 && (
            <Card title={t.restOfPath} size="small">
              <PathSteps steps={instance.predictedPath} nodeName={(id) => nodeNames.get(id)} />
            </Card>
          )}
        </div>
      </div>
      {(decisions.length > 0 || actions.some((action) => action !== 'comment')) && (
        <div className="action-bar">
          {actions.includes('withdraw') && (
            <Popconfirm
              title={t.withdraw}
              okText={t.confirm}
              cancelText={t.cancel}
              onConfirm={() => act('withdraw')}
            >
              <Button disabled={busy}>{t.withdraw}</Button>
            </Popconfirm>
          )}
          {actions.includes('urge') && (
            <Button disabled={busy} onClick={() => act('urge', {}, t.urged)}>
              {t.urge}
            </Button>
          )}
          {resubmitting && (
            <Button type="primary" loading={busy} onClick={() => act('resubmit', { values })}>
              {t.resubmit}
            </Button>
          )}
          {decisions
            .filter((action) => action !== 'approve')
            .map((action) => (
              <Button
                key={action}
                danger={action === 'reject'}
                disabled={busy}
                onClick={() => setDialog(action)}
              >
                {buttonLabels[action]}
              </Button>
            ))}
          {decisions.includes('approve') && (
            <Button type="primary" disabled={busy} onClick={() => setDialog('approve')}>
              {t.approve}
            </Button>
          )}
        </div>
      )}
      <ActionDialog
        action={dialog}
        node={node}
        me={me.user.id}
        busy={busy}
        onCancel={() => setDialog(null)}
        onSubmit={decide}
      />
    </div>
  )
}
