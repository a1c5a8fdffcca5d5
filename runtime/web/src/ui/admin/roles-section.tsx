import { App as AntApp, Button, Form, Input, Modal, Space, Spin, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { ApiError, api } from '../../api/client.ts'
import type { Role } from '../../api/types.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import { useDirectory } from '../directory.tsx'
import { UserPicker } from '../user-picker.tsx'
import { useLoad } from './use-load.ts'

type NameDialog = { mode: 'create' } | { mode: 'rename'; role: Role }

/** Roles and their members: create and rename roles, add and remove members. */
export function RolesSection() {
  const t = useMessages()
  const locale = useLocale()
  const names = useDirectory()
  const { message } = AntApp.useApp()
  const [roles, reload] = useLoad(useCallback(() => api.roles(), []))
  const [dialog, setDialog] = useState<NameDialog | null>(null)
  const [adding, setAdding] = useState<Record<string, string | undefined>>({})

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work()
      message.success(t.saved)
      reload()
      return true
    } catch (caught) {
      message.error(caught instanceof Error ? caught.message : t.actionFailed)
      return false
    }
  }

  if (roles === undefined) return <Spin />
  if (roles instanceof Error) return <Typography.Text type="danger">{roles.message}</Typography.Text>
  return (
    <>
      <div className="section-tools">
        <Button type="primary" onClick={() => setDialog({ mode: 'create' })}>
          {t.roleAdd}
        </Button>
      </div>
      <Table<Role>
        rowKey="id"
        size="small"
        className="roles-table"
        dataSource={roles}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          { title: 'ID', dataIndex: 'id', width: 140 },
          {
            title: t.roleName,
            width: 180,
            render: (_, role) => (
              <Space>
                {pickText(role.name, locale)}
                <Button type="link" size="small" onClick={() => setDialog({ mode: 'rename', role })}>
                  {t.rename}
                </Button>
              </Space>
            ),
          },
          {
            title: t.roleMembers,
            render: (_, role) => (
              <div className="role-members">
                {(role.members ?? []).map((id) => (
                  <Tag
                    key={id}
                    closable
                    closeIcon
                    onClose={(event) => {
                      event.preventDefault()
                      void run(() => api.removeRoleMember(role.id, id))
                    }}
                  >
                    {names.user(id)}
                  </Tag>
                ))}
                <Space.Compact className="role-add-member">
                  <UserPicker
                    value={adding[role.id]}
                    exclude={role.members ?? []}
                    onChange={(user) => setAdding({ ...adding, [role.id]: user as string })}
                  />
                  <Button
                    disabled={!adding[role.id]}
                    onClick={async () => {
                      const user = adding[role.id]
                      if (user && (await run(() => api.addRoleMember(role.id, user))))
                        setAdding({ ...adding, [role.id]: undefined })
                    }}
                  >
                    {t.roleAddMember}
                  </Button>
                </Space.Compact>
              </div>
            ),
          },
        ]}
      />
      {dialog && <RoleNameDialog dialog={dialog} onClose={() => setDialog(null)} onSaved={reload} />}
    </>
  )
}

function RoleNameDialog({
  dialog,
  onClose,
  onSaved,
}: {
  dialog: NameDialog
  onClose: () => void
  onSaved: () => void
}) {
  const t = useMessages()
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<{ id: string; zh: string; en?: string }>()
  const [saving, setSaving] = useState(false)
  const initial =
    dialog.mode === 'rename'
      ? { id: dialog.role.id, zh: dialog.role.name['zh-CN'] ?? '', en: dialog.role.name.en ?? '' }
      : { id: '', zh: '', en: '' }

  const save = async () => {
    const values = await form.validateFields()
    const name = { 'zh-CN': values.zh.trim(), ...(values.en?.trim() ? { en: values.en.trim() } : {}) }
    setSaving(true)
    try {
      if (dialog.mode === 'create') await api.createRole({ id: values.id.trim(), name })
      else await api.renameRole(dialog.role.id, name)
      message.success(t.saved)
      onSaved()
      onClose()
    } catch (caught) {
      const field = caught instanceof ApiError && caught.body.path === '/id' ? 'id' : 'zh'
      form.setFields([{ name: field, errors: [caught instanceof Error ? caught.message : t.actionFailed] }])
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title={dialog.mode === 'create' ? t.roleAdd : t.rename}
      okText={t.save}
      cancelText={t.cancel}
      onOk={save}
      onCancel={onClose}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item
          name="id"
          label={t.roleId}
          rules={[{ required: true, pattern: /^[A-Za-z][A-Za-z0-9_]{0,63}$/, message: t.roleId }]}
        >
          <Input disabled={dialog.mode === 'rename'} autoComplete="off" />
        </Form.Item>
        <Form.Item name="zh" label={t.roleNameZh} rules={[{ required: true, whitespace: true }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="en" label={t.roleNameEn}>
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
