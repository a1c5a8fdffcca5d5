import { FileTextOutlined } from '@ant-design/icons'
import { Card, Empty, Input, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { AppSummary } from '../api/types.ts'
import { pickText, useLocale, useMessages } from '../i18n/locale-store.ts'
import { startableApps } from '../model/apps.ts'
import { hasDraft, recentApps } from '../model/drafts.ts'
import { useDirectory } from './directory.tsx'
import { useMe } from './session.ts'
import { navigate } from './use-route.ts'

export function StartPage() {
  const t = useMessages()
  const locale = useLocale()
  const me = useMe()
  const { apps } = useDirectory()
  const [text, setText] = useState('')
  const shown = useMemo(() => startableApps(apps, text, locale), [apps, text, locale])
  const recent = useMemo(() => {
    const startable = new Map(startableApps(apps, '', locale).map((app) => [app.id, app]))
    return recentApps(localStorage, me.user.id)
      .map((id) => startable.get(id))
      .filter((app): app is AppSummary => app !== undefined)
  }, [apps, locale, me.user.id])

  const card = (app: AppSummary) => (
    <Card
      key={app.id}
      hoverable
      size="small"
      className="app-card"
      onClick={() => navigate({ page: 'fill', appId: app.id })}
      role="link"
      tabIndex={0}
      onKeyDown={(event) => {
        if (event.key === 'Enter') navigate({ page: 'fill', appId: app.id })
      }}
    >
      <FileTextOutlined className="app-icon" />
      <span className="app-name">{pickText(app.name, locale)}</span>
      {hasDraft(localStorage, me.user.id, app.id) && <Tag color="orange">{t.draftSaved}</Tag>}
    </Card>
  )

  return (
    <div className="page-body">
      <div className="page-head">
        <Typography.Title level={4}>{t.startTitle}</Typography.Title>
        <Input.Search
          allowClear
          placeholder={t.searchApps}
          aria-label={t.searchApps}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="page-search"
        />
      </div>
      {!text && recent.length > 0 && (
        <section>
          <Typography.Title level={5}>{t.recent}</Typography.Title>
          <div className="app-grid">{recent.map(card)}</div>
        </section>
      )}
      <section>
        <Typography.Title level={5}>{t.allApps}</Typography.Title>
        {shown.length === 0 ? (
          <Empty description={t.noApps} />
        ) : (
          <div className="app-grid">{shown.map(card)}</div>
        )}
      </section>
    </div>
  )
}
