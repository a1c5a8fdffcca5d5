import { Card, DatePicker, Empty, Select, Space, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { api } from '../../api/client.ts'
import type { AnalyticsOverview } from '../../api/types.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import { barWidths } from '../../model/bars.ts'
import { useLoad } from './use-load.ts'

function Bars({ rows }: { rows: { key: string; label: string; value: number; second?: number }[] }) {
  const widths = barWidths(rows.flatMap((row) => [row.value, row.second ?? 0]))
  return (
    <div className="bars">
      {rows.map((row, index) => (
        <div key={row.key} className="bar-row">
          <span className="bar-label">{row.label}</span>
          <span className="bar-track">
            <span className="bar" style={{ width: `${widths[index * 2]}%` }} />
            {row.second !== undefined && (
              <span className="bar bar-second" style={{ width: `${widths[index * 2 + 1]}%` }} />
            )}
          </span>
          <span className="bar-value">
            {row.value}
            {row.second !== undefined ? ` / ${row.second}` : ''}
          </span>
        </div>
      ))}
    </div>
  )
}

/** Cycle times, throughput, open work and bottlenecks for the apps the admin oversees. */
export function DashboardSection() {
  const t = useMessages()
  const locale = useLocale()
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(89, 'day'), dayjs()])
  const [app, setApp] = useState<string | undefined>(undefined)
  const [data] = useLoad(
    useCallback(
      () => api.analytics({ app, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }),
      [app, range],
    ),
  )
  const [apps] = useLoad(useCallback(() => api.apps(), []))
  if (data instanceof Error) return <Typography.Text type="danger">{data.message}</Typography.Text>
  const overview: AnalyticsOverview | undefined = data
  const appName = (id: string) =>
    pickText(overview?.apps.find((entry) => entry.appId === id)?.name, locale) || id
  return (
    <Space orientation="vertical" size={16} className="dashboard">
      <Space wrap>
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          aria-label={`${t.dashboardFrom} – ${t.dashboardTo}`}
          onChange={(next) => next?.[0] && next[1] && setRange([next[0], next[1]])}
        />
        <Select
          style={{ minWidth: 160 }}
          value={app ?? ''}
          onChange={(value) => setApp(value || undefined)}
          options={[
            { value: '', label: t.dashboardAllApps },
            ...(apps instanceof Error || !apps ? [] : apps.filter((item) => item.canEdit)).map((item) => ({
              value: item.id,
              label: pickText(item.name, locale),
            })),
          ]}
        />
      </Space>
      {overview && overview.apps.length === 0 ? (
        <Empty description={t.dashboardEmpty} />
      ) : (
        <>
          <Card size="small" title={t.dashboardApps}>
            <Table
              rowKey="appId"
              size="small"
              loading={!overview}
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={overview?.apps ?? []}
              columns={[
                { title: t.dashboardApps, render: (_, row) => pickText(row.name, locale) || row.appId },
                { title: t.dashboardStarted, dataIndex: 'started' },
                { title: t.dashboardFinished, dataIndex: 'finished' },
                { title: t.dashboardApproved, dataIndex: 'approved' },
                { title: t.dashboardRejected, dataIndex: 'rejected' },
                { title: t.dashboardMedian, render: (_, row) => row.cycleTime.medianHours ?? '—' },
                { title: t.dashboardP90, render: (_, row) => row.cycleTime.p90Hours ?? '—' },
              ]}
            />
          </Card>
          <Card
            size="small"
            title={`${t.dashboardThroughput} (${t.dashboardStarted} / ${t.dashboardFinished})`}
          >
            <Bars
              rows={(overview?.weeks ?? []).map((week) => ({
                key: week.week,
                label: week.week,
                value: week.started,
                second: week.finished,
              }))}
            />
          </Card>
          <Card size="small" title={t.dashboardNodes}>
            <Table
              rowKey={(row) => `${row.appId}:${row.node}`}
              size="small"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={overview?.nodes ?? []}
              columns={[
                { title: t.dashboardApps, render: (_, row) => appName(row.appId) },
                { title: t.dashboardNode, render: (_, row) => pickText(row.name, locale) || row.node },
                { title: t.dashboardOpen, dataIndex: 'open' },
                { title: t.dashboardMedian, render: (_, row) => row.medianHours ?? '—' },
                { title: t.dashboardP90, render: (_, row) => row.p90Hours ?? '—' },
              ]}
            />
          </Card>
          <Card size="small" title={t.dashboardOpenByApprover}>
            <Bars
              rows={(overview?.openByApprover ?? []).map((entry) => ({
                key: entry.userId,
                label: `${entry.name} · ${t.dashboardOldest} ${entry.oldestHours}`,
                value: entry.open,
              }))}
            />
          </Card>
          <Card size="small" title={`${t.dashboardBottlenecks} (${t.dashboardWaiting})`}>
            <Bars
              rows={(overview?.bottlenecks ?? []).map((entry) => ({
                key: `${entry.appId}:${entry.node}`,
                label: `${appName(entry.appId)} · ${pickText(entry.name, locale) || entry.node}`,
                value: entry.waitingHours,
              }))}
            />
          </Card>
        </>
      )}
    </Space>
  )
}
