import { Alert, Button, Input, Space } from 'antd'
import { useId, useState } from 'react'
import { ApiError } from '../../api/client.ts'
import { useMessages } from '../../i18n/locale-store.ts'

interface CodeFormProps {
  label: string
  submitLabel: string
  /** Only the authenticator's six digits (confirming enrolment), or a recovery code too. */
  digitsOnly: boolean
  danger?: boolean
  onSubmit: (code: string) => Promise<void>
  onCancel?: () => void
}

/** One code and a button, with a message that says what went wrong. */
export function CodeForm({ label, submitLabel, digitsOnly, danger, onSubmit, onCancel }: CodeFormProps) {
  const t = useMessages()
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inputId = useId()

  const submit = async () => {
    const trimmed = code.trim()
    if (digitsOnly ? !/^\d{6}$/.test(trimmed) : !trimmed) {
      setError(t.twoFactorSixDigits)
      return
    }
    setBusy(true)
    setError(null)
    try {
      await onSubmit(trimmed)
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.body.code === 'two_factor_invalid_code'
          ? t.twoFactorWrongCode
          : caught instanceof ApiError && caught.status === 429
            ? t.tooManyAttempts
            : caught instanceof ApiError
              ? caught.body.message
              : t.twoFactorFailedGeneric,
      )
      setCode('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="code-form"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <div className="code-form-label">
        <label htmlFor={inputId}>{label}</label>
        <Input
          id={inputId}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="one-time-code"
          inputMode={digitsOnly ? 'numeric' : 'text'}
          maxLength={digitsOnly ? 6 : 32}
          status={error ? 'error' : undefined}
          autoFocus
        />
      </div>
      {error && <Alert type="error" title={error} showIcon />}
      <Space wrap>
        <Button type="primary" danger={danger} htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t.twoFactorCancel}</Button>}
      </Space>
    </form>
  )
}
