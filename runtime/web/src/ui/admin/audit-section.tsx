import { Table, Typography } from 'antd'
import { useCallback } from 'react'
import { api } from '../../api/client.ts'
import type { AuditEntry } from '../../api/types.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { formatTime } from '../../model/timeline.ts'
import { useDirectory } from '../directory.tsx'
import { useLoad } from './use-load.ts'

export function AuditSection() {
  const t = useMessages()
  const names = useDirectory()
  const [entries] = useLoad(useCallback(() => api.audit(), []))
  if (entries instanceof Error) return <Typography.Text type="danger">{entries.message}</Typography.Text>
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={entries === undefined}
      scroll={{ x: 720 }}
      dataSource={entries ?? []}
      pagination={{ pageSize: 30, hideOnSinglePage: true }}
      columns={[
        { title: t.time, render: (_, row) => formatTime(row.at, new Date()), width: 120 },
        { title: t.actor, render: (_, row) => (row.actorId ? names.user(row.actorId) : '—'), width: 100 },
        { title: t.action, dataIndex: 'action', width: 160 },
        { title: t.target, render: (_, row) => [row.targetType, row.targetId].filter(Boolean).join(' ') },
        {
          title: '',
          render: (_, row) => (
            <Typography.Text type="secondary" className="audit-detail">
              {row.detail ? JSON.stringify(row.detail) : ''}
            </Typography.Text>
          ),
        },
      ]}
    />
  )
}
