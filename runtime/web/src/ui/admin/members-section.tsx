import { App as AntApp, Button, Form, Input, Modal, Table, Tag } from 'antd'
import { useCallback, useState } from 'react'
import { api } from '../../api/client.ts'
import type { User } from '../../api/types.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import { useDirectory } from '../directory.tsx'
import { UserPicker } from '../user-picker.tsx'
import { useLoad } from './use-load.ts'

export function MembersSection() {
  const t = useMessages()
  const names = useDirectory()
  const locale = useLocale()
  const [roles] = useLoad(useCallback(() => api.roles(), []))
  const roleName = (id: string) => {
    const role = Array.isArray(roles) ? roles.find((item) => item.id === id) : undefined
    return role ? pickText(role.name, locale) : id
  }
  const [text, setText] = useState('')
  const [leaving, setLeaving] = useState<User | null>(null)
  const [successor, setSuccessor] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const { message } = AntApp.useApp()

  const deactivate = async () => {
    if (!leaving) return
    setBusy(true)
    try {
      await api.deactivateUser(leaving.id, successor ? { reassignTo: successor } : {})
      setLeaving(null)
      setSuccessor(undefined)
      names.reload()
    } catch (caught) {
      message.error(caught instanceof Error ? caught.message : t.actionFailed)
    } finally {
      setBusy(false)
    }
  }
  const needle = text.trim().toLowerCase()
  const rows = names.users.filter(
    (user) => !needle || `${user.name} ${user.login} ${user.email ?? ''}`.toLowerCase().includes(needle),
  )
  return (
    <>
      <div className="admin-toolbar">
        <Input.Search
          allowClear
          placeholder={t.pickUser}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <Table<User>
        rowKey="id"
        size="small"
        scroll={{ x: 640 }}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t.name, dataIndex: 'name' },
          { title: t.login, dataIndex: 'login' },
          {
            title: t.department,
            render: (_, user) => (user.departmentId ? names.department(user.departmentId) : '—'),
          },
          {
            title: t.roles,
            render: (_, user) => user.roles.map((role) => <Tag key={role}>{roleName(role)}</Tag>),
          },
          { title: t.email, dataIndex: 'email' },
          {
            title: t.active,
            render: (_, user) =>
              user.active ? <Tag color="success">{t.active}</Tag> : <Tag>{t.inactive}</Tag>,
          },
          {
            title: '',
            render: (_, user) =>
              user.active && (
                <Button size="small" danger onClick={() => setLeaving(user)}>
                  {t.deactivate}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={leaving !== null}
        title={`${t.deactivateTitle}: ${leaving?.name ?? ''}`}
        okText={t.deactivate}
        cancelText={t.cancel}
        okButtonProps={{ danger: true, loading: busy }}
        onOk={deactivate}
        onCancel={() => setLeaving(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t.reassignTo}>
            <UserPicker
              value={successor}
              onChange={(value) => setSuccessor(typeof value === 'string' ? value : undefined)}
              exclude={leaving ? [leaving.id] : []}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
