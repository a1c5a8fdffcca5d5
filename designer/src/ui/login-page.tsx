import { Alert, Button, Card, Form, Input } from 'antd'
import { useState } from 'react'
import { ApiError, api, type Me } from '../api/client.ts'
import { useMessages } from '../i18n/locale-store.ts'
import { LocaleSwitch } from './locale-switch.tsx'

interface Credentials {
  login: string
  password: string
  tenant?: string
  code?: string
}

/** The second sign-in step (two-factor): the challenge the password step answered with, and the code. */
async function sendCode(challenge: string, code: string): Promise<void> {
  const response = await fetch('/api/v1/auth/login/two-factor', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ challenge, code }),
    credentials: 'same-origin',
  })
  if (!response.ok) throw new ApiError(response.status, (await response.json()).error)
}

export function LoginPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const t = useMessages()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [challenge, setChallenge] = useState<string | null>(null)

  const submit = async ({ login, password, tenant, code }: Credentials) => {
    setBusy(true)
    setError(null)
    try {
      if (challenge && code) {
        await sendCode(challenge, code.trim())
        onSignedIn(await api.me())
      } else onSignedIn(await api.login(login, password, tenant))
    } catch (caught) {
      const body =
        caught instanceof ApiError ? (caught.body as { code: string; challenge?: string }) : undefined
      if (body?.code === 'two_factor_required' && body.challenge) setChallenge(body.challenge)
      else if (caught instanceof ApiError && caught.status === 429) setError(t.tooManyAttempts)
      else setError(challenge ? t.twoFactorFailed : t.signInFailed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="login-page">
      <Card title={t.appTitle} extra={<LocaleSwitch />} className="login-card">
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="login" label={t.login} rules={[{ required: true }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t.password} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="tenant" label={t.tenant}>
            <Input />
          </Form.Item>
          {challenge && (
            <Form.Item name="code" label={t.twoFactorCode} rules={[{ required: true }]}>
              <Input autoComplete="one-time-code" inputMode="numeric" autoFocus />
            </Form.Item>
          )}
          {error && <Alert type="error" title={error} showIcon className="login-error" />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t.signIn}
          </Button>
        </Form>
      </Card>
    </div>
  )
}
