import { App as AntApp, Button, DatePicker, Form, Popconfirm, Spin, Table, Typography } from 'antd'
import { useCallback } from 'react'
import { api } from '../../api/client.ts'
import type { Delegation } from '../../api/types.ts'
import { useMessages } from '../../i18n/locale-store.ts'
import { useDirectory } from '../directory.tsx'
import { UserPicker } from '../user-picker.tsx'
import { useLoad } from './use-load.ts'

interface DelegationInput {
  userId: string
  to: string
  /** The range picker's two days (dayjs values). */
  period: [{ format(template: string): string }, { format(template: string): string }]
}

/** Out-of-office delegations: who acts for whom, when; admins add them for anyone and remove them. */
export function DelegationsSection() {
  const t = useMessages()
  const names = useDirectory()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<DelegationInput>()
  const [delegations, reload] = useLoad(useCallback(() => api.delegations(), []))

  const create = async (input: DelegationInput) => {
    try {
      await api.createDelegation({
        userId: input.userId,
        to: input.to,
        from: input.period[0].format('YYYY-MM-DD'),
        until: input.period[1].format('YYYY-MM-DD'),
      })
      form.resetFields()
      reload()
    } catch (caught) {
      message.error(caught instanceof Error ? caught.message : t.actionFailed)
    }
  }

  if (delegations === undefined) return <Spin />
  if (delegations instanceof Error)
    return <Typography.Text type="danger">{delegations.message}</Typography.Text>
  return (
    <>
      <Form form={form} layout="inline" onFinish={create} className="admin-toolbar">
        <Form.Item name="userId" label={t.delegateFrom} rules={[{ required: true }]}>
          <UserPicker />
        </Form.Item>
        <Form.Item name="to" label={t.delegateTo} rules={[{ required: true }]}>
          <UserPicker />
        </Form.Item>
        <Form.Item name="period" label={t.period} rules={[{ required: true }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t.addDelegation}
        </Button>
      </Form>
      <Table<Delegation>
        rowKey="id"
        size="small"
        dataSource={delegations}
        pagination={false}
        columns={[
          { title: t.delegateFrom, render: (_, row) => names.user(row.userId) },
          { title: t.delegateTo, render: (_, row) => names.user(row.to) },
          { title: t.period, render: (_, row) => `${row.from} ~ ${row.until}` },
          {
            title: '',
            render: (_, row) => (
              <Popconfirm
                title={t.confirm}
                onConfirm={() =>
                  api.deleteDelegation(row.id).then(reload, () => message.error(t.actionFailed))
                }
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
