import { BellOutlined } from '@ant-design/icons'
import { Badge, Button, Drawer, Empty, List, Popover, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { api } from '../api/client.ts'
import type { Notice } from '../api/types.ts'
import type { MessageKey } from '../i18n/dictionary.ts'
import { useMessages } from '../i18n/locale-store.ts'
import { formatTime } from '../model/timeline.ts'
import { useNarrow } from './use-narrow.ts'
import { navigate } from './use-route.ts'

const pollMs = 15_000

/** Fired on window when notices were marked read elsewhere, so the bell updates at once. */
export const noticesChanged = 'signoff:notices'

/** The bell: unread count polled from GET /notifications; opening a notice marks it read and goes to it. */
export function NotificationBell({ onChange }: { onChange?: () => void }) {
  const t = useMessages()
  const [unread, setUnread] = useState(0)
  const [items, setItems] = useState<Notice[]>([])
  const [open, setOpen] = useState(false)
  const narrow = useNarrow()

  const load = useCallback(() => {
    api.notifications().then(
      (list) => {
        setUnread((before) => {
          if (list.unread !== before) onChange?.()
          return list.unread
        })
        setItems(list.items)
      },
      () => undefined,
    )
  }, [onChange])

  useEffect(() => {
    load()
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') load()
    }, pollMs)
    window.addEventListener(noticesChanged, load)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener(noticesChanged, load)
    }
  }, [load])

  const reasonText = (reason: string) => {
    const key = `reason_${reason}` as MessageKey
    return key in t ? t[key] : t.reason_other
  }

  const openNotice = async (notice: Notice) => {
    setOpen(false)
    if (!notice.readAt) await api.markRead([notice.id]).catch(() => undefined)
    load()
    if (notice.taskId && notice.reason === 'taskAssigned') navigate({ page: 'task', taskId: notice.taskId })
    else if (notice.instanceId) navigate({ page: 'instance', instanceId: notice.instanceId })
  }

  const markAll = async () => {
    await api.markRead().catch(() => undefined)
    load()
  }

  const content = (
    <div className="bell-panel">
      <div className="bell-head">
        <Typography.Text strong>{t.notifications}</Typography.Text>
        <Button size="small" type="link" onClick={markAll} disabled={unread === 0}>
          {t.markAllRead}
        </Button>
      </div>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noNotifications} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(notice) => (
            <List.Item
              className={notice.readAt ? 'notice notice-read' : 'notice'}
              onClick={() => openNotice(notice)}
            >
              <span className="notice-text">{reasonText(notice.reason)}</span>
              <Typography.Text type="secondary" className="notice-time">
                {formatTime(notice.createdAt, new Date())}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  )

  const bell = (
    <Badge count={unread} size="small" offset={[-4, 4]}>
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={`${t.notifications} (${unread})`}
        onClick={narrow ? () => setOpen(true) : undefined}
      />
    </Badge>
  )

  // A popover would run off a phone's screen; there the notices slide in from the top.
  if (narrow)
    return (
      <>
        {bell}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="top"
          size="auto"
          title={null}
          closable={false}
        >
          {content}
        </Drawer>
      </>
    )
  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      {bell}
    </Popover>
  )
}
