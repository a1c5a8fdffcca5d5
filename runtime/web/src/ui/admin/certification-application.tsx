import { validateSubmission } from '@signoff/form-renderer'
import { Alert, App as AntApp, Button, Card, Popconfirm, Space, Spin, Steps, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ApiError, api } from '../../api/client.ts'
import type { CertificationApplication } from '../../api/types.ts'
import { format } from '../../i18n/dictionary.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import {
  applicationSteps,
  currentStep,
  startPermissions,
  stepPermissions,
} from '../../model/certification.ts'
import { type FieldErrors, fieldErrorsOf } from '../../model/field-errors.ts'
import { fileIdsIn } from '../../model/file-ids.ts'
import { FormSlot } from '../form-slot.tsx'
import { StatusTag } from '../status-tag.tsx'
import { TimelineView } from '../timeline-view.tsx'
import { useApplicantContext } from './use-applicant-context.ts'
import { useLoad } from './use-load.ts'

type Action = 'complete' | 'resubmit' | 'withdraw'

/**
 * One application as its organization follows it: the steps, why it came back, and the applicant's
 * own steps done here (resubmitting after a return, entering the micro-deposit amount, withdrawing).
 */
export function CertificationApplicationView({ id, onChanged }: { id: string; onChanged: () => void }) {
  const t = useMessages()
  const locale = useLocale()
  const { message } = AntApp.useApp()
  const context = useApplicantContext()
  const [loaded, reload] = useLoad(useCallback(() => api.application(id), [id]))
  const [application, setApplication] = useState<CertificationApplication | undefined>(undefined)
  const [values, setValues] = useState<Record<string, unknown>>({})
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  // Files already in the application live on the platform tenant and are fetched through it; files
  // chosen while fixing a returned application are still the admin's own uploads.
  const submittedFiles = useMemo(() => fileIdsIn(application?.values), [application])
  const fileUrl = useCallback(
    (fileId: string) =>
      submittedFiles.has(fileId) ? api.applicationFileUrl(id, fileId) : api.attachmentUrl(fileId),
    [submittedFiles, id],
  )

  useEffect(() => {
    if (loaded && !(loaded instanceof Error)) {
      setApplication(loaded)
      setValues(loaded.values)
      setErrors({})
    }
  }, [loaded])

  // Automations (pre-check, deposit, verification) run on the server's schedule: look again shortly.
  const waiting = application?.status === 'running' && !application.applicantTask
  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(reload, 4000)
    return () => clearInterval(timer)
  }, [waiting, reload])

  // The section shows the level: tell it when an application moves on (e.g. to approved).
  const status = application?.status
  const known = useRef(status)
  useEffect(() => {
    if (status === undefined || known.current === status) return
    if (known.current !== undefined) onChanged()
    known.current = status
  }, [status, onChanged])

  if (loaded instanceof Error) return <Alert type="error" showIcon title={loaded.message} />
  if (!application?.definition) return <Spin />
  const definition = application.definition
  const steps = applicationSteps(definition)
  const at = currentStep(application, steps)
  const task = application.applicantTask
  const step = task ? stepPermissions(definition, task.node) : null
  const returned = application.status === 'returned'
  const open = returned || application.status === 'running'

  const act = async (action: Action, body: Record<string, unknown>, done: string) => {
    setBusy(true)
    try {
      const next = await api.applicationAction(application.id, action, body, application.version)
      message.success(done)
      setApplication({ ...next, definition: next.definition ?? definition })
      setValues(next.values)
      setErrors({})
      onChanged()
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 400) {
        setErrors(fieldErrorsOf(caught.body).fields)
        message.error(caught.body.message)
      } else if (caught instanceof ApiError && caught.status === 409) {
        message.warning(t.conflict)
        reload()
      } else message.error(caught instanceof Error ? caught.message : t.actionFailed)
    } finally {
      setBusy(false)
    }
  }

  const resubmit = () => {
    const checked = validateSubmission(definition.form, values, { context, locale })
    if (!checked.ok) {
      message.error(t.fixErrors)
      return
    }
    void act('resubmit', { values: checked.value }, t.certResubmitted)
  }

  const edited = (fields: string[]) => Object.fromEntries(fields.map((field) => [field, values[field]]))
  const reason = application.rejection
    ? [pickText(application.rejection.label ?? undefined, locale), application.rejection.reason]
        .filter(Boolean)
        .join('：')
    : application.returned?.reason

  return (
    <Card
      className="certification-application"
      title={
        <Space wrap>
          {t.certApplication}
          <Typography.Text type="secondary">{application.serialNumber}</Typography.Text>
          <StatusTag status={application.status} />
        </Space>
      }
    >
      <Steps
        className="certification-steps"
        size="small"
        current={at.index}
        status={at.status}
        titlePlacement="vertical"
        responsive
        items={steps.map((node) => ({ title: pickText(node.name, locale) || node.id }))}
      />
      {application.status === 'running' && (
        <Alert
          className="form-alert"
          type={task ? 'warning' : 'info'}
          showIcon
          title={`${t.certCurrentStep}：${pickText(steps[at.index]?.name, locale)} · ${
            task ? t.certWaitingYou : t.certWaitingPlatform
          }`}
        />
      )}
      {application.status === 'approved' && (
        <Alert className="form-alert" type="success" showIcon title={t.certApproved} />
      )}
      {returned && (
        <Alert
          className="form-alert certification-returned"
          type="error"
          showIcon
          title={t.certReturned}
          description={
            <div>
              <Typography.Text strong>{t.certReason}：</Typography.Text>
              <div className="multiline">{reason}</div>
            </div>
          }
        />
      )}
      {task && step && step.editable.length > 0 && (
        <Card
          size="small"
          className="applicant-step"
          title={pickText(steps.find((n) => n.id === task.node)?.name, locale)}
        >
          {step.editable.includes('depositAmount') && (
            <Typography.Paragraph>{t.certDepositHint}</Typography.Paragraph>
          )}
          {application.attemptsLeft.verifyDeposit !== undefined && (
            <Typography.Paragraph type="warning">
              {format(t.certAttemptsLeft, { n: application.attemptsLeft.verifyDeposit })}
            </Typography.Paragraph>
          )}
          <FormSlot
            form={definition.form}
            value={values}
            onChange={setValues}
            mode="edit"
            permissions={step.permissions}
            initiator={application.initiator}
            errors={errors}
            showErrors
            fileUrl={fileUrl}
          />
          <div className="form-actions">
            <Button
              type="primary"
              loading={busy}
              onClick={() => act('complete', { values: edited(step.editable) }, t.certAmountSent)}
            >
              {t.certSubmitAmount}
            </Button>
          </div>
        </Card>
      )}
      <Card size="small" title={t.certSubmittedValues} className="applicant-values">
        <FormSlot
          form={definition.form}
          value={values}
          {...(returned ? { onChange: setValues } : {})}
          mode={returned ? 'edit' : 'read'}
          permissions={startPermissions(definition)}
          initiator={application.initiator}
          errors={errors}
          showErrors={returned}
          fileUrl={fileUrl}
        />
        {open && (
          <div className="form-actions">
            <Popconfirm
              title={t.certWithdrawConfirm}
              okText={t.confirm}
              cancelText={t.cancel}
              onConfirm={() => act('withdraw', {}, t.done)}
            >
              <Button danger disabled={busy}>
                {t.certWithdraw}
              </Button>
            </Popconfirm>
            {returned && (
              <Button type="primary" loading={busy} onClick={resubmit}>
                {t.certResubmit}
              </Button>
            )}
          </div>
        )}
      </Card>
      <Card size="small" title={t.timeline}>
        <TimelineView
          entries={application.timeline}
          userName={(user) => (user === application.initiator ? t.certApplicant : t.certReviewer)}
        />
      </Card>
    </Card>
  )
}
