import { Alert, Button, Card, Form, Input } from 'antd'
import { useState } from 'react'
import { ApiError, api } from '../api/client.ts'
import type { Me } from '../api/types.ts'
import { useMessages } from '../i18n/locale-store.ts'
import { LocaleSwitch } from './locale-switch.tsx'

interface Credentials {
  login: string
  password: string
  tenant?: string
}

export function LoginPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const t = useMessages()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async ({ login, password, tenant }: Credentials) => {
    setBusy(true)
    setError(null)
    try {
      onSignedIn(await api.login(login, password, tenant))
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status === 429 ? t.tooManyAttempts : t.signInFailed)
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
          {error && <Alert type="error" title={error} showIcon className="login-error" />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t.signIn}
          </Button>
        </Form>
      </Card>
    </div>
  )
}
