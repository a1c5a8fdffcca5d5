import { Alert, App as AntApp, Button, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { ApiError, api } from '../../api/client.ts'
import type { Webhook, WebhookDelivery } from '../../api/types.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { isCertifiedLevel } from '../../model/certification.ts'
import { formatTime } from '../../model/timeline.ts'
import { useCertificationLevel } from '../certification-level.ts'
import { useDirectory } from '../directory.tsx'
import { navigate } from '../use-route.ts'
import { useLoad } from './use-load.ts'

const events = ['started', 'taskAssigned', 'returned', 'approved', 'rejected', 'withdrawn', 'failed']

function Deliveries({ webhookId }: { webhookId: string }) {
  const t = useMessages()
  const [rows] = useLoad(useCallback(() => api.deliveries(webhookId), [webhookId]))
  if (rows instanceof Error) return <Typography.Text type="danger">{rows.message}</Typography.Text>
  return (
    <Table<WebhookDelivery>
      rowKey="id"
      size="small"
      loading={rows === undefined}
      dataSource={rows ?? []}
      pagination={false}
      columns={[
        { title: t.time, render: (_, row) => formatTime(row.at, new Date()) },
        { title: t.attempt, dataIndex: 'attempt' },
        {
          title: t.result,
          render: (_, row) => (
            <Tag color={row.status === 'delivered' ? 'success' : 'warning'}>{row.status}</Tag>
          ),
        },
        { title: t.error, dataIndex: 'error' },
      ]}
    />
  )
}

/** Webhooks of the organization: subscribe a URL (the secret is shown once), remove, read each delivery log. */
export function WebhooksSection() {
  const t = useMessages()
  const names = useDirectory()
  const { message } = AntApp.useApp()
  const [hooks, reload] = useLoad(useCallback(() => api.webhooks(), []))
  const [secret, setSecret] = useState<string | null>(null)
  const [form] = Form.useForm<{ url: string; events: string[]; appId?: string }>()
  // Outbound webhooks are for certified organizations (the runtime refuses them otherwise).
  const certified = isCertifiedLevel(useCertificationLevel())

  const create = async (input: { url: string; events: string[]; appId?: string }) => {
    try {
      const created = await api.createWebhook(input.appId ? input : { url: input.url, events: input.events })
      setSecret(created.secret ?? null)
      form.resetFields()
      reload()
    } catch (caught) {
      if (caught instanceof ApiError && caught.body.path === '/url')
        form.setFields([{ name: 'url', errors: [caught.body.message] }])
      else message.error(caught instanceof Error ? caught.message : t.actionFailed)
    }
  }

  return (
    <>
      {!certified && (
        <Alert
          type="info"
          showIcon
          className="form-alert webhooks-locked"
          title={t.certRequiredWebhooks}
          action={
            <Button size="small" onClick={() => navigate({ page: 'admin', section: 'certification' })}>
              {t.certification}
            </Button>
          }
        />
      )}
      <Form form={form} layout="inline" onFinish={create} className="admin-toolbar" disabled={!certified}>
        <Form.Item name="url" rules={[{ required: true, type: 'url' }]}>
          <Input placeholder="https://…" aria-label={t.url} style={{ minWidth: 240 }} />
        </Form.Item>
        <Form.Item name="events" rules={[{ required: true }]} initialValue={['approved', 'rejected']}>
          <Select
            mode="multiple"
            aria-label={t.events}
            style={{ minWidth: 220 }}
            options={events.map((value) => ({ value, label: value }))}
          />
        </Form.Item>
        <Form.Item name="appId">
          <Select
            allowClear
            placeholder={t.filterApp}
            style={{ minWidth: 120 }}
            options={names.apps.map((app) => ({ value: app.id, label: names.app(app.id) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t.addWebhook}
        </Button>
      </Form>
      {secret && (
        <Alert type="warning" showIcon closable title={`${t.secretOnce}: ${secret}`} className="form-alert" />
      )}
      {hooks instanceof Error && <Typography.Text type="danger">{hooks.message}</Typography.Text>}
      <Table<Webhook>
        rowKey="id"
        size="small"
        loading={hooks === undefined}
        scroll={{ x: 640 }}
        dataSource={hooks instanceof Error ? [] : (hooks ?? [])}
        pagination={false}
        expandable={{ expandedRowRender: (hook) => <Deliveries webhookId={hook.id} /> }}
        columns={[
          { title: t.url, dataIndex: 'url' },
          {
            title: t.events,
            render: (_, hook) => hook.events.map((event) => <Tag key={event}>{event}</Tag>),
          },
          { title: t.filterApp, render: (_, hook) => (hook.appId ? names.app(hook.appId) : t.everyone) },
          {
            title: '',
            render: (_, hook) => (
              <Popconfirm
                title={t.confirm}
                onConfirm={() => api.deleteWebhook(hook.id).then(reload, () => message.error(t.actionFailed))}
              >
                <Button size="small" danger>
                  {t.remove}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </>
  )
}
