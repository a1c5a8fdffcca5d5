import { Button, DatePicker, Select, Table, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { api } from '../../api/client.ts'
import type { InstanceSummary } from '../../api/types.ts'
import { format } from '../../i18n/dictionary.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { formatTime } from '../../model/timeline.ts'
import { useDirectory } from '../directory.tsx'
import { StatusTag, useStatusText } from '../status-tag.tsx'
import { navigate } from '../use-route.ts'
import { useLoad } from './use-load.ts'

const statuses = ['running', 'approved', 'rejected', 'withdrawn', 'returned', 'failed']

/** Every instance of the organization (scope=all) by app, status, initiator and dates; the same search as CSV. */
export function InstancesSection() {
  const t = useMessages()
  const names = useDirectory()
  const statusText = useStatusText()
  const [filter, setFilter] = useState<Record<string, string | undefined>>({ scope: 'all' })
  const [result] = useLoad(useCallback(() => api.searchInstances(filter), [filter]))
  const set = (name: string, value: string | undefined) =>
    setFilter((before) => ({ ...before, [name]: value }))
  const items = result instanceof Error || result === undefined ? [] : result.items
  return (
    <>
      <div className="admin-toolbar">
        <Select
          allowClear
          placeholder={t.filterApp}
          style={{ minWidth: 140 }}
          onChange={(value?: string) => set('app', value)}
          options={names.apps.map((app) => ({ value: app.id, label: names.app(app.id) }))}
        />
        <Select
          allowClear
          placeholder={t.filterStatus}
          style={{ minWidth: 120 }}
          onChange={(value?: string) => set('status', value)}
          options={statuses.map((status) => ({ value: status, label: statusText(status) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t.initiator}
          style={{ minWidth: 140 }}
          onChange={(value?: string) => set('initiator', value)}
          options={names.users.map((user) => ({ value: user.id, label: user.name }))}
        />
        <DatePicker.RangePicker
          onChange={(range) => {
            set('from', range?.[0]?.format('YYYY-MM-DD'))
            set('to', range?.[1]?.format('YYYY-MM-DD'))
          }}
        />
        <Button href={api.exportUrl(filter)}>{t.exportCsv}</Button>
      </div>
      {result instanceof Error && <Typography.Text type="danger">{result.message}</Typography.Text>}
      <Table<InstanceSummary>
        rowKey="id"
        size="small"
        loading={result === undefined}
        scroll={{ x: 720 }}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => format(t.total, { n }) }}
        onRow={(row) => ({ onClick: () => navigate({ page: 'instance', instanceId: row.id }) })}
        columns={[
          { title: t.serial, dataIndex: 'serialNumber' },
          { title: t.filterApp, render: (_, row) => names.app(row.appId) },
          { title: t.initiator, render: (_, row) => names.user(row.initiator) },
          { title: t.filterStatus, render: (_, row) => <StatusTag status={row.status} /> },
          { title: t.createdAt, render: (_, row) => formatTime(row.createdAt, new Date()) },
        ]}
      />
    </>
  )
}
