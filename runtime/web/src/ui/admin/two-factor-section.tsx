import { App as AntApp, Button, Card, Popconfirm, Space, Spin, Switch, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { ApiError, api } from '../../api/client.ts'
import { format } from '../../i18n/dictionary.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { useDirectory } from '../directory.tsx'
import { navigate } from '../use-route.ts'
import { UserPicker } from '../user-picker.tsx'
import { useLoad } from './use-load.ts'
import './two-factor-section.css'

/** The organization's two-factor rule for admins, and turning off a member's who lost their device. */
export function TwoFactorSection() {
  const t = useMessages()
  const names = useDirectory()
  const { message } = AntApp.useApp()
  const [policy, reload] = useLoad(useCallback(() => api.twoFactorPolicy(), []))
  const [saving, setSaving] = useState(false)
  const [member, setMember] = useState<string | undefined>(undefined)

  const setRequired = async (requireForAdmins: boolean) => {
    setSaving(true)
    try {
      await api.setTwoFactorPolicy(requireForAdmins)
      reload()
    } catch (caught) {
      if (caught instanceof ApiError && caught.body.code === 'two_factor_enrol_first') {
        message.warning(t.twoFactorEnrolFirst)
        navigate({ page: 'account' })
      } else message.error(caught instanceof Error ? caught.message : t.actionFailed)
    } finally {
      setSaving(false)
    }
  }

  const reset = async () => {
    if (!member) return
    try {
      await api.resetTwoFactor(member)
      message.success(t.twoFactorResetDone)
      setMember(undefined)
    } catch (caught) {
      message.error(caught instanceof Error ? caught.message : t.actionFailed)
    }
  }

  if (policy === undefined) return <Spin />
  if (policy instanceof Error) return <Typography.Text type="danger">{policy.message}</Typography.Text>
  return (
    <Space orientation="vertical" size="large" className="two-factor-section">
      <Card title={t.twoFactorPolicy}>
        <Space align="start">
          <Switch
            checked={policy.requireForAdmins}
            loading={saving}
            onChange={setRequired}
            aria-label={t.twoFactorPolicy}
          />
          <Typography.Text type="secondary">{t.twoFactorPolicyHint}</Typography.Text>
        </Space>
      </Card>
      <Card title={t.twoFactorReset}>
        <Space wrap>
          <div className="two-factor-member">
            <UserPicker value={member} onChange={(value) => setMember(value as string)} />
          </div>
          <Popconfirm
            title={format(t.twoFactorResetConfirm, { name: member ? names.user(member) : '' })}
            onConfirm={reset}
            disabled={!member}
          >
            <Button danger disabled={!member}>
              {t.twoFactorReset}
            </Button>
          </Popconfirm>
        </Space>
      </Card>
    </Space>
  )
}
