import { Card, List, Typography } from 'antd'
import { useCallback, useEffect } from 'react'
import { api } from '../../api/client.ts'
import type { CertificationNotice } from '../../api/types.ts'
import type { MessageKey } from '../../i18n/dictionary.ts'
import { pickText, useLocale, useMessages } from '../../i18n/locale-store.ts'
import { formatTime } from '../../model/timeline.ts'
import { useLoad } from './use-load.ts'

/** What the organization was told about its applications, newest first; read again when `version` moves. */
export function CertificationNotices({ version }: { version: string }) {
  const t = useMessages()
  const locale = useLocale()
  const [notices, reload] = useLoad(useCallback(() => api.certificationNotices(), []))
  useEffect(() => {
    void version
    reload()
  }, [version, reload])
  if (!notices || notices instanceof Error || notices.length === 0) return null
  const text = (notice: CertificationNotice) => {
    if (typeof notice.message === 'string') return notice.message
    if (notice.message) return pickText(notice.message, locale)
    const key = `reason_${notice.reason}` as MessageKey
    return key in t ? t[key] : notice.reason
  }
  return (
    <Card size="small" title={t.certNotices} className="certification-notices">
      <List
        size="small"
        dataSource={notices.slice(0, 10)}
        renderItem={(notice) => (
          <List.Item>
            <span>{text(notice)}</span>
            <Typography.Text type="secondary">{formatTime(notice.createdAt, new Date())}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  )
}
