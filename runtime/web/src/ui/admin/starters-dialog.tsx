import { Alert, App as AntApp, Form, Modal, Select, Spin, Switch, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { ApiError, api } from '../../api/client.ts'
import type { AppDetail, Role } from '../../api/types.ts'
import { format } from '../../i18n/dictionary.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import {
  choiceOf,
  draftMatchesPublished,
  type Starters,
  type StartersChoice,
  startersOf,
  withStarters,
} from '../../model/starters.ts'
import { useDirectory } from '../directory.tsx'
import { UserPicker } from '../user-picker.tsx'

interface StartersDialogProps {
  app: AppDetail
  roles: Role[]
  onClose: (changed: boolean) => void
}

type DraftState = { etag: string; ahead: boolean } | Error | undefined

/**
 * Changes who may start an app: the draft gets the new starters and is published as the next version.
 * Refused while the draft holds other unpublished work, which publishing would release with them.
 */
export function StartersDialog({ app, roles, onClose }: StartersDialogProps) {
  const t = useMessages()
  const locale = useLocale()
  const names = useDirectory()
  const { message } = AntApp.useApp()
  const [choice, setChoice] = useState<StartersChoice>(() =>
    choiceOf(app.published?.settings.starters as Starters | undefined),
  )
  const [draft, setDraft] = useState<DraftState>(undefined)
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    api.draft(app.id).then(
      ({ definition, etag }) => setDraft({ etag, ahead: !draftMatchesPublished(definition, app.published) }),
      (error: unknown) => setDraft(error instanceof Error ? error : new Error(String(error))),
    )
  }, [app])

  const starters = startersOf(choice)
  const ready = draft !== undefined && !(draft instanceof Error) && !draft.ahead && app.published

  const save = async () => {
    if (!ready || !starters || !app.published) return
    setSaving(true)
    setFailure(null)
    try {
      const saved = await api.saveDraft(app.id, withStarters(app.published, starters), draft.etag)
      const version = await api.publish(app.id, saved.etag, t.startersEdit)
      message.success(format(t.startersPublished, { n: version.number }))
      onClose(true)
    } catch (caught) {
      setFailure(
        caught instanceof ApiError && caught.status === 409 ? t.conflict : String((caught as Error).message),
      )
    } finally {
      setSaving(false)
    }
  }

  const pick = (key: 'departments' | 'roles') => (value: string[]) => setChoice({ ...choice, [key]: value })
  const search = {
    filterOption: (input: string, option?: { label: string }) =>
      (option?.label ?? '').toLowerCase().includes(input.trim().toLowerCase()),
  }

  return (
    <Modal
      open
      title={`${t.startersEdit} · ${pickText(app.name, locale)}`}
      okText={t.save}
      cancelText={t.cancel}
      onCancel={() => onClose(false)}
      onOk={save}
      okButtonProps={{ disabled: !ready || !starters, loading: saving }}
      destroyOnHidden
    >
      {draft === undefined ? (
        <Spin />
      ) : draft instanceof Error ? (
        <Alert type="error" showIcon title={draft.message} />
      ) : draft.ahead ? (
        <Alert type="warning" showIcon title={t.startersDraftAhead} />
      ) : null}
      <Form layout="vertical" className="starters-form">
        <Form.Item label={t.startersEveryone}>
          <Switch
            checked={choice.everyone}
            aria-label={t.startersEveryone}
            onChange={(everyone) => setChoice({ ...choice, everyone })}
          />
        </Form.Item>
        {!choice.everyone && (
          <>
            <Form.Item label={t.startersDepartments}>
              <Select
                mode="multiple"
                aria-label={t.startersDepartments}
                value={choice.departments}
                onChange={pick('departments')}
                showSearch={search}
                options={names.departments.map((department) => ({
                  value: department.id,
                  label: department.name,
                }))}
              />
            </Form.Item>
            <Form.Item label={t.startersRoles}>
              <Select
                mode="multiple"
                aria-label={t.startersRoles}
                value={choice.roles}
                onChange={pick('roles')}
                showSearch={search}
                options={roles.map((role) => ({
                  value: role.id,
                  label: pickText(role.name, locale) || role.id,
                }))}
              />
            </Form.Item>
            <Form.Item label={t.startersUsers}>
              <UserPicker
                multiple
                value={choice.users}
                onChange={(users) => setChoice({ ...choice, users: users as string[] })}
              />
            </Form.Item>
          </>
        )}
      </Form>
      <Typography.Paragraph type="secondary">{t.startersPublishNote}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} />}
    </Modal>
  )
}
