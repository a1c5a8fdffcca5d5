import {
  App as AntApp,
  Badge,
  Button,
  Checkbox,
  Empty,
  Input,
  List,
  Select,
  Spin,
  Tabs,
  Tag,
  Typography,
} from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { api } from '../api/client.ts'
import type { Box, Counts } from '../api/types.ts'
import { format, type MessageKey } from '../i18n/dictionary.ts'
import { useMessages } from '../i18n/locale-store.ts'
import {
  batchApprovable,
  filterInbox,
  filterOptions,
  type InboxFilter,
  type InboxRow,
  inboxRow,
} from '../model/inbox.ts'
import { formatTime } from '../model/timeline.ts'
import { CertificationTodo } from './certification-todo.tsx'
import { useDirectory } from './directory.tsx'
import { StatusTag, useStatusText } from './status-tag.tsx'
import { navigate } from './use-route.ts'

const boxes: Box[] = ['todo', 'done', 'cc', 'started']

interface InboxPageProps {
  box: Box
  counts: Counts | null
  onCounts: (counts: Counts) => void
}

/** 待办 / 已办 / 抄送我 / 我发起 with counts, filters and search; batch approve from the todo list. */
export function InboxPage({ box, counts, onCounts }: InboxPageProps) {
  const t = useMessages()
  const names = useDirectory()
  const statusText = useStatusText()
  const { message } = AntApp.useApp()
  const [rows, setRows] = useState<InboxRow[] | null>(null)
  const [filter, setFilter] = useState<InboxFilter>({})
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)

  const load = useCallback(() => {
    api.inbox(box).then(
      (answer) => {
        setRows(answer.items.map(inboxRow))
        onCounts(answer.counts)
      },
      () => setRows([]),
    )
  }, [box, onCounts])

  useEffect(() => {
    setRows(null)
    setSelected(new Set())
    setFilter({})
    load()
  }, [load])

  const shown = useMemo(() => filterInbox(rows ?? [], filter, names), [rows, filter, names])
  const options = useMemo(() => filterOptions(rows ?? []), [rows])
  const approvable = shown.filter(batchApprovable)
  const outcomeText = (outcome: string) => {
    const key = `outcome_${outcome}` as MessageKey
    return key in t ? t[key] : outcome
  }

  const batchApprove = async () => {
    setBusy(true)
    try {
      const { results } = await api.batchApprove([...selected])
      const ok = results.filter((result) => result.status === 200).length
      const text = format(t.batchResult, { ok, failed: results.length - ok })
      if (ok === results.length) message.success(text)
      else message.warning(text)
      setSelected(new Set())
      load()
    } catch {
      message.error(t.actionFailed)
    } finally {
      setBusy(false)
    }
  }

  const open = (row: InboxRow) =>
    navigate(
      row.taskId && box !== 'started'
        ? { page: 'task', taskId: row.taskId }
        : { page: 'instance', instanceId: row.instanceId },
    )

  const toggle = (key: string, on: boolean) =>
    setSelected((before) => {
      const next = new Set(before)
      if (on) next.add(key)
      else next.delete(key)
      return next
    })

  return (
    <div className="page-body">
      <Tabs
        activeKey={box}
        onChange={(key) => navigate({ page: 'inbox', box: key as Box })}
        items={boxes.map((key) => ({
          key,
          label: (
            <span className="box-tab">
              {t[`box_${key}`]}
              <Badge
                count={counts?.capped?.includes(key) ? '999+' : (counts?.[key] ?? 0)}
                overflowCount={999}
                showZero={false}
                size="small"
                color={key === 'todo' ? 'red' : 'gray'}
              />
            </span>
          ),
        }))}
      />
      {box === 'todo' && <CertificationTodo />}
      <div className="inbox-filters">
        <Input.Search
          allowClear
          placeholder={t.search}
          aria-label={t.search}
          value={filter.text ?? ''}
          onChange={(event) => setFilter({ ...filter, text: event.target.value })}
        />
        <Select
          allowClear
          placeholder={t.filterApp}
          aria-label={t.filterApp}
          value={filter.app}
          onChange={(app) => setFilter({ ...filter, app })}
          options={options.apps.map((id) => ({ value: id, label: names.app(id) }))}
        />
        <Select
          allowClear
          placeholder={t.filterStatus}
          aria-label={t.filterStatus}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
          options={options.statuses.map((status) => ({ value: status, label: statusText(status) }))}
        />
      </div>
      {box === 'todo' && approvable.length > 0 && (
        <div className="batch-bar">
          <Checkbox
            checked={approvable.every((row) => selected.has(row.key))}
            indeterminate={selected.size > 0 && !approvable.every((row) => selected.has(row.key))}
            onChange={(event) =>
              setSelected(event.target.checked ? new Set(approvable.map((row) => row.key)) : new Set())
            }
          >
            {format(t.selected, { n: selected.size })}
          </Checkbox>
          <Button type="primary" disabled={selected.size === 0} loading={busy} onClick={batchApprove}>
            {t.batchApprove}
          </Button>
        </div>
      )}
      {rows === null ? (
        <Spin className="page-spinner" />
      ) : shown.length === 0 ? (
        <Empty description={t.emptyInbox} />
      ) : (
        <List
          className="inbox-list"
          dataSource={shown}
          renderItem={(row) => (
            <List.Item
              className="inbox-item"
              tabIndex={0}
              role="link"
              onClick={() => open(row)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') open(row)
              }}
            >
              {box === 'todo' && (
                <Checkbox
                  className="inbox-check"
                  disabled={!batchApprovable(row)}
                  checked={selected.has(row.key)}
                  onClick={(event) => event.stopPropagation()}
                  onChange={(event) => toggle(row.key, event.target.checked)}
                  aria-label={row.serialNumber || row.title}
                />
              )}
              <div className="inbox-main">
                <div className="inbox-title">
                  <Typography.Text strong ellipsis>
                    {row.title || names.app(row.appId)}
                  </Typography.Text>
                  <span className="inbox-tags">
                    {box === 'done' && row.outcome && <Tag>{outcomeText(row.outcome)}</Tag>}
                    <StatusTag status={row.status} />
                  </span>
                </div>
                <Typography.Text type="secondary" className="inbox-meta">
                  {names.app(row.appId)} · {names.user(row.initiator)} · {row.serialNumber} ·{' '}
                  {formatTime(row.at, new Date())}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
