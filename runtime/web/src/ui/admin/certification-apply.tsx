import { ArrowLeftOutlined } from '@ant-design/icons'
import { initialValues, validateSubmission } from '@signoff/form-renderer'
import { Alert, App as AntApp, Button, Card, Spin } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, api } from '../../api/client.ts'
import type { CertificationApplication, CertificationType } from '../../api/types.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import { type FieldErrors, fieldErrorsOf } from '../../model/field-errors.ts'
import { useDirectory } from '../directory.tsx'
import { FormSlot } from '../form-slot.tsx'
import { useMe } from '../session.ts'
import { useApplicantContext } from './use-applicant-context.ts'
import { useLoad } from './use-load.ts'

interface CertificationApplyProps {
  type: CertificationType
  onApplied: (application: CertificationApplication) => void
  onCancel: () => void
}

/** The application form (the certification app's current version); files upload to the organization first. */
export function CertificationApply({ type, onApplied, onCancel }: CertificationApplyProps) {
  const t = useMessages()
  const locale = useLocale()
  const me = useMe()
  const { ready } = useDirectory()
  const { message } = AntApp.useApp()
  const context = useApplicantContext()
  const [loaded] = useLoad(useCallback(() => api.certificationForm(type), [type]))
  const [values, setValues] = useState<Record<string, unknown> | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [general, setGeneral] = useState<string[]>([])
  const [showErrors, setShowErrors] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  // One key per filled form: a double click or a retry after a lost answer makes one application.
  const key = useRef(crypto.randomUUID())

  useEffect(() => {
    if (values === null && ready && loaded && !(loaded instanceof Error))
      setValues(initialValues(loaded.form, context))
  }, [values, ready, loaded, context])

  if (loaded instanceof Error) return <Alert type="error" showIcon title={loaded.message} />
  if (!loaded || values === null) return <Spin />

  const submit = async () => {
    if (submitting) return
    const checked = validateSubmission(loaded.form, values, { context, locale })
    if (!checked.ok) {
      setShowErrors(true)
      message.error(t.fixErrors)
      return
    }
    setSubmitting(true)
    setGeneral([])
    try {
      const application = await api.applyForCertification(type, checked.value, key.current)
      message.success(t.certApplied)
      onApplied(application)
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 400) {
        const split = fieldErrorsOf(caught.body)
        setErrors(split.fields)
        setGeneral(split.general)
        setShowErrors(true)
        message.error(t.fixErrors)
      } else setGeneral([caught instanceof Error ? caught.message : t.actionFailed])
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <Card
      className="certification-apply"
      title={
        <span className="card-title-with-back">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t.back} onClick={onCancel} />
          {pickText(loaded.name, locale)}
        </span>
      }
    >
      {general.map((text) => (
        <Alert key={text} type="error" showIcon title={text} className="form-alert" />
      ))}
      <FormSlot
        form={loaded.form}
        value={values}
        onChange={(next) => {
          setValues(next)
          if (Object.keys(errors).length) setErrors({})
        }}
        mode="edit"
        permissions={loaded.permissions}
        initiator={me.user.id}
        errors={errors}
        showErrors={showErrors}
      />
      <div className="form-actions">
        <Button onClick={onCancel}>{t.cancel}</Button>
        <Button type="primary" onClick={submit} loading={submitting}>
          {t.certSubmit}
        </Button>
      </div>
    </Card>
  )
}
