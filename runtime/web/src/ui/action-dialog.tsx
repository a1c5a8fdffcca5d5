import type { FlowNode, I18NText } from '@signoff/schemas'
import { Form, Input, Modal, Radio, Select } from 'antd'
import { useEffect, useState } from 'react'
import { pickText, useLocale, useMessages } from '../i18n/locale-store.ts'
import type { TaskActionName } from '../model/actions.ts'
import type { DecisionInput } from '../model/decision.ts'
import { UserPicker } from './user-picker.tsx'

interface ActionDialogProps {
  action: TaskActionName | null
  node: FlowNode | undefined
  me: string
  busy: boolean
  onCancel: () => void
  onSubmit: (action: TaskActionName, input: DecisionInput) => void
}

/** The few inputs each decision takes: a comment, a required reason to reject, a person to transfer to, signers. */
export function ActionDialog({ action, node, me, busy, onCancel, onSubmit }: ActionDialogProps) {
  const t = useMessages()
  const locale = useLocale()
  const [form] = Form.useForm<DecisionInput>()
  // The dialog keeps showing the last action while it closes, instead of going blank.
  const [shown, setShown] = useState<TaskActionName | null>(action)
  useEffect(() => {
    if (action) setShown(action)
  }, [action])
  const reasons = (
    (node as { rejectReasons?: { code: string; label: I18NText }[] } | undefined)?.rejectReasons ?? []
  ).map((reason) => ({ value: reason.code, label: pickText(reason.label, locale) }))
  const titles: Record<TaskActionName, string> = {
    approve: t.approve,
    reject: t.reject,
    return: t.return,
    transfer: t.transfer,
    addSigner: t.addSigner,
  }

  return (
    <Modal
      open={action !== null}
      title={shown ? titles[shown] : ''}
      okText={t.confirm}
      cancelText={t.cancel}
      okButtonProps={{ loading: busy, danger: shown === 'reject' }}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      forceRender
    >
      <Form<DecisionInput>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ position: 'before' }}
        onFinish={(input) => action && onSubmit(action, input)}
      >
        {shown === 'reject' && reasons.length > 0 && (
          <Form.Item name="reasonCode" label={t.reasonCode}>
            <Select allowClear options={reasons} />
          </Form.Item>
        )}
        {shown === 'reject' && (
          <Form.Item
            name="reason"
            label={t.reasonRequired}
            rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}
          >
            <Input.TextArea rows={3} autoFocus />
          </Form.Item>
        )}
        {shown === 'return' && (
          <Form.Item name="reason" label={t.returnReason}>
            <Input.TextArea rows={3} autoFocus />
          </Form.Item>
        )}
        {shown === 'transfer' && (
          <Form.Item name="to" label={t.transferTo} rules={[{ required: true, message: t.transferTo }]}>
            <UserPicker exclude={[me]} />
          </Form.Item>
        )}
        {shown === 'addSigner' && (
          <>
            <Form.Item name="users" label={t.signers} rules={[{ required: true, message: t.signers }]}>
              <UserPicker multiple exclude={[me]} />
            </Form.Item>
            <Form.Item name="position" label={t.position}>
              <Radio.Group
                options={[
                  { value: 'before', label: t.before },
                  { value: 'after', label: t.after },
                ]}
              />
            </Form.Item>
          </>
        )}
        {(shown === 'approve' || shown === 'transfer' || shown === 'addSigner') && (
          <Form.Item name="comment" label={t.commentText}>
            <Input.TextArea rows={3} autoFocus={shown === 'approve'} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
