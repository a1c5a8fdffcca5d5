import { PaperClipOutlined } from '@ant-design/icons'
import { Timeline, Typography } from 'antd'
import { api } from '../api/client.ts'
import type { TimelineEntry } from '../api/types.ts'
import { useLocale } from '../i18n/locale-store.ts'
import { formatTime, timelineRows } from '../model/timeline.ts'
import { useDirectory } from './directory.tsx'

/** Who did what and when, with comments and reasons as notes under each step. */
export function TimelineView({
  entries,
  userName,
}: {
  entries: TimelineEntry[]
  /** Names for people outside the reader's directory (another tenant's reviewers). */
  userName?: (id: string) => string
}) {
  const locale = useLocale()
  const names = useDirectory()
  const rows = timelineRows(entries, locale, userName ?? names.user, locale === 'en' ? 'System' : '系统')
  return (
    <Timeline
      className="timeline"
      items={rows.map((row) => ({
        key: row.key,
        color: row.tone,
        content: (
          <div className="timeline-row">
            <div className="timeline-head">
              <Typography.Text strong>{row.actor}</Typography.Text>
              <Typography.Text type="secondary" className="timeline-time">
                {formatTime(row.at, new Date())}
              </Typography.Text>
            </div>
            <div>{row.text}</div>
            {row.comment && <blockquote className="timeline-comment">{row.comment}</blockquote>}
            {row.attachments.map((file) => (
              <a key={file.id} className="timeline-file" href={api.attachmentUrl(file.id)}>
                <PaperClipOutlined /> {file.name}
              </a>
            ))}
            {row.notes.map((note) => (
              <div key={note} className="timeline-note">
                {note}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  )
}
