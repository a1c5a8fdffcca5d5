import { Card, DatePicker, Empty, Select, Space, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useState } from 'react'
import { api } from '../../api/client.ts'
import type { AnalyticsOverview } from '../../api/types.ts'
import { format } from '../../i18n/dictionary.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import { formatMinutes, weekStart } from '../../model/durations.ts'
import { Bars } from './dashboard-bars.tsx'
import { useLoad } from './use-load.ts'

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
  const duration = (value: number | null) => formatMinutes(value, locale)
  const durationColumns = [
    { title: t.dashboardMedian, key: 'median', width: 110 },
    { title: t.dashboardP90, key: 'p90', width: 110 },
  ]
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
          aria-label={t.dashboardApp}
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
          <Card size="small" title={t.dashboardApps} className="dashboard-apps">
            <Table
              rowKey="appId"
              size="small"
              loading={!overview}
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={overview?.apps ?? []}
              columns={[
                {
                  title: t.dashboardApp,
                  fixed: 'left',
                  render: (_, row) => pickText(row.name, locale) || row.appId,
                },
                { title: t.dashboardStarted, dataIndex: 'started', align: 'right' },
                { title: t.dashboardFinished, dataIndex: 'finished', align: 'right' },
                // Phones keep the counts that matter most beside the times; the outcome split needs room.
                { title: t.dashboardApproved, dataIndex: 'approved', align: 'right', responsive: ['sm'] },
                { title: t.dashboardRejected, dataIndex: 'rejected', align: 'right', responsive: ['sm'] },
                { ...durationColumns[0], render: (_, row) => duration(row.cycleTime.medianMinutes) },
                { ...durationColumns[1], render: (_, row) => duration(row.cycleTime.p90Minutes) },
              ]}
            />
          </Card>
          <Card size="small" className="dashboard-throughput" title={t.dashboardThroughput}>
            <Bars
              legend={[t.dashboardStarted, t.dashboardFinished]}
              rows={(overview?.weeks ?? []).map((week) => ({
                key: week.week,
                label: format(t.dashboardWeekOf, { date: weekStart(week.week) }),
                value: week.started,
                second: week.finished,
              }))}
            />
          </Card>
          <Card size="small" title={t.dashboardNodes} className="dashboard-nodes">
            <Table
              rowKey={(row) => `${row.appId}:${row.node}`}
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={overview?.nodes ?? []}
              columns={[
                { title: t.dashboardApp, render: (_, row) => appName(row.appId), responsive: ['sm'] },
                { title: t.dashboardNode, render: (_, row) => pickText(row.name, locale) || row.node },
                { title: t.dashboardOpen, dataIndex: 'open', align: 'right' },
                { ...durationColumns[0], render: (_, row) => duration(row.medianMinutes) },
                { ...durationColumns[1], render: (_, row) => duration(row.p90Minutes) },
              ]}
            />
          </Card>
          <div className="dashboard-pair">
            <Card size="small" title={t.dashboardOpenByApprover} className="dashboard-open">
              <Bars
                rows={(overview?.openByApprover ?? []).map((entry) => ({
                  key: entry.userId,
                  label: entry.name,
                  detail: `${t.dashboardOldest} ${duration(entry.oldestMinutes)}`,
                  value: entry.open,
                }))}
              />
            </Card>
            <Card size="small" className="dashboard-bottlenecks" title={t.dashboardBottlenecks}>
              <Bars
                rows={(overview?.bottlenecks ?? []).map((entry) => ({
                  key: `${entry.appId}:${entry.node}`,
                  label: `${appName(entry.appId)} · ${pickText(entry.name, locale) || entry.node}`,
                  detail: `${t.dashboardOpen} ${entry.open}`,
                  value: entry.waitingMinutes,
                  text: duration(entry.waitingMinutes),
                }))}
              />
            </Card>
          </div>
        </>
      )}
    </Space>
  )
}
