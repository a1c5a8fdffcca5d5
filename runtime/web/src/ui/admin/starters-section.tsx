import { Button, Spin, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { api } from '../../api/client.ts'
import type { AppDetail } from '../../api/types.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import type { Starters } from '../../model/starters.ts'
import { useDirectory } from '../directory.tsx'
import { StartersDialog } from './starters-dialog.tsx'
import { useLoad } from './use-load.ts'

/** Who may start each published app; an admin of the app changes it here (publishing a new version). */
export function StartersSection() {
  const t = useMessages()
  const locale = useLocale()
  const names = useDirectory()
  const [editing, setEditing] = useState<AppDetail | null>(null)
  const [loaded, reload] = useLoad(
    useCallback(async () => {
      const [apps, roles] = await Promise.all([api.apps(), api.roles()])
      return { apps: await Promise.all(apps.map((app) => api.app(app.id))), roles }
    }, []),
  )
  if (loaded === undefined) return <Spin />
  if (loaded instanceof Error) return <Typography.Text type="danger">{loaded.message}</Typography.Text>
  const roleName = (id: string) => pickText(loaded.roles.find((role) => role.id === id)?.name, locale) || id
  const who = (starters: Starters | undefined) => {
    if (!starters) return <Typography.Text type="secondary">{t.startersNone}</Typography.Text>
    if ('everyone' in starters) return <Tag color="blue">{t.everyone}</Tag>
    return [
      ...(starters.users ?? []).map((id) => <Tag key={`u-${id}`}>{names.user(id)}</Tag>),
      ...(starters.departments ?? []).map((id) => (
        <Tag key={`d-${id}`} color="geekblue">
          {names.department(id)}
        </Tag>
      )),
      ...(starters.roles ?? []).map((id) => (
        <Tag key={`r-${id}`} color="purple">
          {roleName(id)}
        </Tag>
      )),
    ]
  }
  return (
    <>
      <Table<AppDetail>
        rowKey="id"
        size="small"
        className="starters-table"
        dataSource={loaded.apps}
        pagination={false}
        scroll={{ x: 480 }}
        columns={[
          { title: t.filterApp, render: (_, app) => pickText(app.name, locale) },
          { title: t.startersVersion, dataIndex: 'currentVersion', width: 64 },
          {
            title: t.startersOf,
            render: (_, app) => who(app.published?.settings.starters as Starters | undefined),
          },
          {
            title: '',
            width: 80,
            render: (_, app) =>
              app.canEdit && app.published ? (
                <Button
                  size="small"
                  onClick={() => setEditing(app)}
                  aria-label={`${t.edit} ${pickText(app.name, locale)}`}
                >
                  {t.edit}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing && (
        <StartersDialog
          app={editing}
          roles={loaded.roles}
          onClose={(changed) => {
            setEditing(null)
            if (changed) reload()
          }}
        />
      )}
    </>
  )
}
