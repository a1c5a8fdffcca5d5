import { Alert, Button, Card, Form, Input } from 'antd'
import { type ReactNode, useState } from 'react'
import { ApiError, type HttpClient, type SignedIn } from './http-client.ts'
import './login-page.css'
import type { sessionTextsZh } from './session-texts.ts'

/** The texts the sign-in page shows: the shared session texts and the app's title. */
export type LoginTexts = typeof sessionTextsZh & { appTitle: string }

interface Credentials {
  login: string
  password: string
  tenant?: string
  code?: string
}

export interface LoginPageProps<Me extends SignedIn> {
  client: HttpClient<Me>
  texts: LoginTexts
  /** Shown in the card's corner: the app's language switch. */
  extra?: ReactNode
  onSignedIn: (me: Me) => void
}

/** Password, then (when the account has it) the authenticator code the password step asks for. */
export function LoginPage<Me extends SignedIn>({ client, texts: t, extra, onSignedIn }: LoginPageProps<Me>) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [challenge, setChallenge] = useState<string | null>(null)

  const submit = async ({ login, password, tenant, code }: Credentials) => {
    setBusy(true)
    setError(null)
    try {
      onSignedIn(
        challenge && code
          ? await client.sendTwoFactorCode(challenge, code.trim())
          : await client.signIn(login, password, tenant),
      )
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
      <Card title={t.appTitle} extra={extra} className="login-card">
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
