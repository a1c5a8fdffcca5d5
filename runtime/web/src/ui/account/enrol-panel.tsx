import { Alert, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { ApiError, api } from '../../api/client.ts'
import type { TwoFactorEnrolment } from '../../api/types.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { CodeForm } from './code-form.tsx'
import { QrCode } from './qr-code.tsx'

interface EnrolPanelProps {
  onConfirmed: (recoveryCodes: string[]) => void
  onCancel: () => void
}

/** Enrolment: a fresh secret as a QR code and as text, counted once a first code confirms it. */
export function EnrolPanel({ onConfirmed, onCancel }: EnrolPanelProps) {
  const t = useMessages()
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    api
      .enrolTwoFactor()
      .then(setEnrolment, (caught) =>
        setError(caught instanceof ApiError ? caught.body.message : t.twoFactorFailedGeneric),
      )
  }, [t])

  if (error) return <Alert type="error" showIcon title={error} />
  if (!enrolment) return <Spin />
  return (
    <section className="enrol-panel" aria-label={t.twoFactorTurnOn}>
      <div className="enrol-qr">
        <p>{t.twoFactorScan}</p>
        <QrCode value={enrolment.otpauthUri} label={t.twoFactorQrAlt} />
        <p>{t.twoFactorManual}</p>
        <code className="enrol-secret" data-testid="two-factor-secret">
          {enrolment.secret.replace(/(.{4})(?=.)/g, '$1 ')}
        </code>
      </div>
      <CodeForm
        label={t.twoFactorEnterCode}
        submitLabel={t.twoFactorConfirm}
        digitsOnly
        onSubmit={async (code) => onConfirmed((await api.confirmTwoFactor(code)).recoveryCodes)}
        onCancel={onCancel}
      />
    </section>
  )
}
