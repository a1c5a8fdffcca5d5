import { SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, Button } from 'antd'
import { useEffect, useState } from 'react'
import { api } from '../api/client.ts'
import { pickText, useLocale, useMessages } from '../i18n/locale-store.ts'
import { isOpenApplication } from '../model/certification.ts'
import { isOrgAdmin, useMe } from './session.ts'
import { navigate } from './use-route.ts'

/**
 * The organization's certification step waiting for its admins, at the top of their to-do list: the
 * step is the applicant stand-in's task on the platform, so it is not among their own tasks.
 */
export function CertificationTodo() {
  const t = useMessages()
  const locale = useLocale()
  const me = useMe()
  const [waiting, setWaiting] = useState<string | null>(null)
  const admin = isOrgAdmin(me) && me.tenant.kind === 'organization'

  useEffect(() => {
    if (!admin) return
    let live = true
    const look = async () => {
      const open = (await api.certification()).applications?.find(isOpenApplication)
      if (!open) return null
      const application = await api.application(open.id)
      if (application.status === 'returned') return t.certReturned
      const task = application.applicantTask
      if (!task) return null
      const node = application.definition?.flow.nodes.find((candidate) => candidate.id === task.node)
      return pickText(node?.name, locale) || task.node
    }
    look().then(
      (text) => live && setWaiting(text),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [admin, t, locale])

  if (!waiting) return null
  return (
    <Alert
      className="certification-todo"
      type="warning"
      showIcon
      icon={<SafetyCertificateOutlined />}
      title={`${t.certification} · ${t.certWaitingYou}：${waiting}`}
      action={
        <Button
          size="small"
          type="primary"
          onClick={() => navigate({ page: 'admin', section: 'certification' })}
        >
          {t.certGoThere}
        </Button>
      }
    />
  )
}
