import { SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Space, Spin, Tag } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client.ts'
import type { TwoFactorStatus } from '../../api/types.ts'
import { format } from '../../i18n/dictionary.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { useMe } from '../session.ts'
import { CodeForm } from './code-form.tsx'
import { EnrolPanel } from './enrol-panel.tsx'
import { RecoveryCodes } from './recovery-codes.tsx'
import './account.css'

type Step = { kind: 'idle' | 'enrol' | 'disable' | 'renew' } | { kind: 'codes'; codes: string[] }

/** Account & security: the caller's two-factor sign-in (turn on, recovery codes, turn off). */
export function AccountPage() {
  const t = useMessages()
  const me = useMe()
  const { message } = App.useApp()
  const [status, setStatus] = useState<TwoFactorStatus | null>(null)
  const [step, setStep] = useState<Step>({ kind: 'idle' })

  const reload = useCallback(() => api.twoFactor().then(setStatus), [])
  useEffect(() => {
    void reload()
  }, [reload])

  if (!status) return <Spin className="page-spinner" />
  const showCodes = (codes: string[]) => {
    setStep({ kind: 'codes', codes })
    void reload()
  }

  let body: React.ReactNode
  if (step.kind === 'codes')
    body = (
      <RecoveryCodes
        codes={step.codes}
        onDone={() => {
          // Where the organization required it, the other pages refused this admin until now: start them afresh.
          if (status.required) window.location.assign('/')
          else setStep({ kind: 'idle' })
        }}
      />
    )
  else if (step.kind === 'enrol')
    body = (
      <EnrolPanel
        onConfirmed={(codes) => {
          message.success(t.twoFactorEnabled)
          showCodes(codes)
        }}
        onCancel={() => setStep({ kind: 'idle' })}
      />
    )
  else if (step.kind === 'disable')
    body = (
      <CodeForm
        label={t.twoFactorCodeOrRecovery}
        submitLabel={t.twoFactorTurnOff}
        digitsOnly={false}
        danger
        onSubmit={async (code) => {
          await api.disableTwoFactor(code)
          message.success(t.twoFactorDisabledDone)
          setStep({ kind: 'idle' })
          await reload()
        }}
        onCancel={() => setStep({ kind: 'idle' })}
      />
    )
  else if (step.kind === 'renew')
    body = (
      <CodeForm
        label={t.twoFactorCodeOrRecovery}
        submitLabel={t.twoFactorRenew}
        digitsOnly={false}
        onSubmit={async (code) => showCodes((await api.renewRecoveryCodes(code)).recoveryCodes)}
        onCancel={() => setStep({ kind: 'idle' })}
      />
    )
  else if (status.enabled)
    body = (
      <Space wrap>
        <Button onClick={() => setStep({ kind: 'renew' })}>{t.twoFactorRenew}</Button>
        <Button danger onClick={() => setStep({ kind: 'disable' })}>
          {t.twoFactorTurnOff}
        </Button>
      </Space>
    )
  else
    body = (
      <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setStep({ kind: 'enrol' })}>
        {t.twoFactorTurnOn}
      </Button>
    )

  return (
    <div className="account-page">
      <h2>{t.account}</h2>
      <p className="account-who">
        {me.user.name} · {me.tenant.name}
      </p>
      {status.required && !status.enabled && (
        <Alert type="warning" showIcon title={t.twoFactorRequired} className="account-required" />
      )}
      <Card
        title={t.twoFactor}
        extra={
          <Tag color={status.enabled ? 'green' : 'default'}>
            {status.enabled ? t.twoFactorOn : t.twoFactorOff}
          </Tag>
        }
      >
        <p>{t.twoFactorIntro}</p>
        {status.enabled && step.kind === 'idle' && (
          <p>{format(t.twoFactorRecoveryLeft, { count: status.recoveryCodesLeft })}</p>
        )}
        {body}
      </Card>
    </div>
  )
}
