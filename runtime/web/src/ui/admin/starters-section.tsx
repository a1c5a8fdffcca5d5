import { Spin, Table, Tag, Typography } from 'antd'
import { useCallback } from 'react'
import { api } from '../../api/client.ts'
import type { AppDetail } from '../../api/types.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import { useDirectory } from '../directory.tsx'
import { useLoad } from './use-load.ts'

interface Starters {
  everyone?: boolean
  users?: string[]
  departments?: string[]
  roles?: string[]
}

/** Who may start each published app (changed in the designer's settings, then published). */
export function StartersSection() {
  const t = useMessages()
  const locale = useLocale()
  const names = useDirectory()
  const [apps] = useLoad(
    useCallback(async () => Promise.all((await api.apps()).map((app) => api.app(app.id))), []),
  )
  if (apps === undefined) return <Spin />
  if (apps instanceof Error) return <Typography.Text type="danger">{apps.message}</Typography.Text>
  const who = (starters: Starters | undefined) => {
    if (!starters) return '—'
    if (starters.everyone) return <Tag color="blue">{t.everyone}</Tag>
    return [
      ...(starters.users ?? []).map((id) => <Tag key={`u-${id}`}>{names.user(id)}</Tag>),
      ...(starters.departments ?? []).map((id) => (
        <Tag key={`d-${id}`} color="geekblue">
          {names.department(id)}
        </Tag>
      )),
      ...(starters.roles ?? []).map((id) => (
        <Tag key={`r-${id}`} color="purple">
          {id}
        </Tag>
      )),
    ]
  }
  return (
    <>
      <Table<AppDetail>
        rowKey="id"
        size="small"
        dataSource={apps}
        pagination={false}
        columns={[
          { title: t.filterApp, render: (_, app) => pickText(app.name, locale) },
          { title: 'v', dataIndex: 'currentVersion', width: 60 },
          {
            title: t.startersOf,
            render: (_, app) => who(app.published?.settings.starters as Starters | undefined),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" className="admin-note">
        <a href="/designer/">{t.designer}</a>
      </Typography.Paragraph>
    </>
  )
}
