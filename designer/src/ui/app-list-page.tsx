import { App as AntApp, Button, Form, Input, Layout, List, Modal, Select, Space, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, type AppSummary, api, type Me, type TemplateSummary } from '../api/client.ts'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { LocaleSwitch } from './locale-switch.tsx'

type Creating = 'blank' | 'template' | null

interface CreateForm {
  key?: string
  name?: string
  template?: string
}

export function AppListPage(props: { me: Me; onOpen: (appId: string) => void; onSignedOut: () => void }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const { message } = AntApp.useApp()
  const [apps, setApps] = useState<AppSummary[] | null>(null)
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [creating, setCreating] = useState<Creating>(null)
  const [form] = Form.useForm<CreateForm>()

  const reload = useCallback(() => {
    api.apps().then(setApps, () => setApps([]))
  }, [])

  useEffect(() => {
    reload()
    api.templates().then(setTemplates, () => setTemplates([]))
  }, [reload])

  const create = async (values: CreateForm) => {
    try {
      const created =
        creating === 'template' && values.template
          ? await api.createApp({ fromTemplate: values.template, ...(values.key ? { key: values.key } : {}) })
          : await api.createApp({ key: values.key ?? '', name: { 'zh-CN': values.name ?? '' } })
      setCreating(null)
      form.resetFields()
      props.onOpen(created.id)
    } catch (caught) {
      message.error(caught instanceof ApiError ? caught.message : t.requestFailed)
    }
  }

  const signOut = async () => {
    await api.logout().catch(() => undefined)
    props.onSignedOut()
  }

  const editable = (apps ?? []).filter((app) => app.canEdit)

  return (
    <Layout className="app-list-page">
      <Layout.Header className="top-bar">
        <Typography.Text strong className="top-title">
          {t.appTitle}
        </Typography.Text>
        <Space>
          <Typography.Text className="top-user">{props.me.user.name}</Typography.Text>
          <LocaleSwitch />
          <Button size="small" onClick={signOut}>
            {t.signOut}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content className="app-list-content">
        <Space wrap className="app-list-actions">
          <Typography.Title level={4} className="app-list-title">
            {t.apps}
          </Typography.Title>
          <Button type="primary" onClick={() => setCreating('blank')}>
            {t.newBlankApp}
          </Button>
          <Button onClick={() => setCreating('template')}>{t.newFromTemplate}</Button>
        </Space>
        <List<AppSummary>
          bordered
          loading={apps === null}
          locale={{ emptyText: t.noApps }}
          dataSource={editable}
          renderItem={(app) => (
            <List.Item
              actions={[
                <Button key="open" type="link" onClick={() => props.onOpen(app.id)}>
                  {t.open}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={<a href={`#/apps/${encodeURIComponent(app.id)}`}>{pickText(app.name, locale)}</a>}
                description={
                  <Space size={4} wrap>
                    <Typography.Text type="secondary">{app.key}</Typography.Text>
                    {app.currentVersion ? (
                      <Tag color="green">
                        {t.version} {app.currentVersion}
                      </Tag>
                    ) : (
                      <Tag>{t.unpublished}</Tag>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Layout.Content>
      <Modal
        open={creating !== null}
        title={creating === 'template' ? t.newFromTemplate : t.newBlankApp}
        okText={t.create}
        cancelText={t.cancel}
        onOk={() => form.submit()}
        onCancel={() => setCreating(null)}
        destroyOnHidden
      >
        <Form<CreateForm> form={form} layout="vertical" onFinish={create}>
          {creating === 'template' && (
            <Form.Item name="template" label={t.template} rules={[{ required: true }]}>
              <Select
                options={templates.map((item) => ({ value: item.key, label: pickText(item.name, locale) }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="key"
            label={t.appKey}
            extra={t.appKeyHelp}
            rules={[{ required: creating === 'blank', pattern: /^[a-z][a-z0-9-]{1,62}$/ }]}
          >
            <Input />
          </Form.Item>
          {creating === 'blank' && (
            <Form.Item name="name" label={t.appName} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Layout>
  )
}
