import { Spin, Table, Tag, Typography } from 'antd'
import { useCallback } from 'react'
import { api } from '../../api/client.ts'
import type { Role } from '../../api/types.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import { useDirectory } from '../directory.tsx'
import { useLoad } from './use-load.ts'

export function RolesSection() {
  const t = useMessages()
  const locale = useLocale()
  const names = useDirectory()
  const [roles] = useLoad(useCallback(() => api.roles(), []))
  if (roles === undefined) return <Spin />
  if (roles instanceof Error) return <Typography.Text type="danger">{roles.message}</Typography.Text>
  return (
    <Table<Role>
      rowKey="id"
      size="small"
      dataSource={roles}
      pagination={false}
      columns={[
        { title: 'ID', dataIndex: 'id' },
        { title: t.name, render: (_, role) => pickText(role.name, locale) },
        {
          title: t.roleMembers,
          render: (_, role) => (role.members ?? []).map((id) => <Tag key={id}>{names.user(id)}</Tag>),
        },
      ]}
    />
  )
}
