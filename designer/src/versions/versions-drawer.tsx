import type { AppDiff } from '@signoff/analysis'
import {
  App as AntApp,
  Button,
  Drawer,
  Empty,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { api, type VersionSummary } from '../api/client.ts'
import { useDirectory } from '../flow/directory.ts'
import { useLocaleStore, useMessages } from '../i18n/locale-store.ts'
import { authorName } from './author-name.ts'
import { DiffView } from './diff-view.tsx'

type Side = number | 'draft'

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))

/**
 * The app's published versions (author, time, note), a diff of any two (or of a version and the draft),
 * roll back and export. `onPublished` tells the page a rollback made a new current version.
 */
export function VersionsDrawer(props: {
  appId: string
  open: boolean
  onClose: () => void
  onPublished?: (version: number) => void
  onPick?: (path: string) => void
}) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const { message } = AntApp.useApp()
  const [versions, setVersions] = useState<VersionSummary[] | null>(null)
  const [from, setFrom] = useState<Side | null>(null)
  const [to, setTo] = useState<Side>('draft')
  const [diff, setDiff] = useState<AppDiff | null>(null)
  const [note, setNote] = useState('')
  const { directory } = useDirectory()

  const reload = useCallback(async () => {
    const list = await api.versions(props.appId)
    setVersions(list)
    setFrom((current) => current ?? list[0]?.number ?? null)
  }, [props.appId])

  useEffect(() => {
    if (props.open) reload().catch((error: Error) => message.error(error.message))
  }, [props.open, reload, message])

  useEffect(() => {
    if (!props.open || from === null) return
    let live = true
    setDiff(null)
    api
      .diff(props.appId, from, to)
      .then((result) => live && setDiff(result))
      .catch((error: Error) => message.error(error.message))
    return () => {
      live = false
    }
  }, [props.open, props.appId, from, to, message])

  const rollback = async (version: number) => {
    try {
      const made = await api.rollback(props.appId, version, note)
      setNote('')
      message.success(fill(t.versionRolledBack, { n: made.number }))
      props.onPublished?.(made.number)
      await reload()
    } catch (error) {
      message.error((error as Error).message)
    }
  }

  const sides = [
    { value: 'draft' as Side, label: t.versionDraft },
    ...(versions ?? []).map((version) => ({
      value: version.number as Side,
      label: fill(t.versionNumber, { n: version.number }),
    })),
  ]
  const when = (iso: string) => new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN')

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={t.versions}
      size="large"
      className="versions-drawer"
    >
      {versions === null ? (
        <Spin />
      ) : versions.length === 0 ? (
        <Empty description={t.versionsEmpty} />
      ) : (
        <>
          <List
            size="small"
            dataSource={versions}
            renderItem={(version, index) => (
              <List.Item
                key={version.number}
                actions={[
                  <Button
                    key="prev"
                    size="small"
                    type="link"
                    disabled={index === versions.length - 1}
                    onClick={() => {
                      setFrom(versions[index + 1]?.number ?? version.number)
                      setTo(version.number)
                    }}
                  >
                    {t.versionWithPrevious}
                  </Button>,
                  <Popconfirm
                    key="rollback"
                    title={fill(t.versionRollbackTitle, { n: version.number })}
                    description={
                      <Input
                        size="small"
                        placeholder={t.versionRollbackNote}
                        value={note}
                        onChange={(e) => setNote(e.target.value)}
                      />
                    }
                    onConfirm={() => rollback(version.number)}
                    okText={t.versionRollback}
                    cancelText={t.cancel}
                    disabled={index === 0}
                  >
                    <Button size="small" type="link" disabled={index === 0}>
                      {t.versionRollback}
                    </Button>
                  </Popconfirm>,
                  <a key="export" href={api.exportUrl(props.appId, version.number)} download>
                    {t.versionExport}
                  </a>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space size={6}>
                      <Typography.Text strong className="version-number">
                        {fill(t.versionNumber, { n: version.number })}
                      </Typography.Text>
                      {index === 0 && <Tag color="blue">{t.versionCurrent}</Tag>}
                      <span>{version.note || t.versionNoNote}</span>
                    </Space>
                  }
                  description={fill(t.versionBy, {
                    who: authorName(version.authorId, directory?.users, t.versionBySystem),
                    when: when(version.createdAt),
                  })}
                />
              </List.Item>
            )}
          />
          <Space wrap className="diff-pick">
            <Typography.Text strong>{t.versionCompare}</Typography.Text>
            <span>{t.versionCompareFrom}</span>
            <Select
              size="small"
              value={from ?? undefined}
              options={sides}
              onChange={setFrom}
              style={{ minWidth: 96 }}
              aria-label={t.versionCompareFrom}
            />
            <span>{t.versionCompareTo}</span>
            <Select
              size="small"
              value={to}
              options={sides}
              onChange={setTo}
              style={{ minWidth: 96 }}
              aria-label={t.versionCompareTo}
            />
          </Space>
          {diff ? <DiffView diff={diff} onPick={props.onPick} /> : <Spin />}
        </>
      )}
    </Drawer>
  )
}
