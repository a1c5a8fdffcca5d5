import type { Finding } from '@signoff/analysis'
import { List, Tag, Typography } from 'antd'
import { useLocaleStore, useMessages } from '../i18n/locale-store.ts'

/** Every finding with its path; a finding on a field selects that field. */
export function FindingsPanel({
  findings,
  fieldOf,
  onPick,
}: {
  findings: readonly Finding[]
  fieldOf: (path: string) => string | null
  onPick: (fieldId: string) => void
}) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  return (
    <List<Finding>
      size="small"
      className="findings-panel"
      locale={{ emptyText: t.noFindings }}
      dataSource={[...findings]}
      renderItem={(item) => {
        const fieldId = fieldOf(item.path)
        return (
          <List.Item
            className={fieldId ? 'is-clickable' : ''}
            onClick={() => {
              if (fieldId) onPick(fieldId)
            }}
          >
            <div>
              <Tag color={item.severity === 'error' ? 'red' : 'orange'}>
                {item.severity === 'error' ? t.errors : t.warnings}
              </Tag>
              {locale === 'en' ? item.message : item.messageZh}
              <div>
                <Typography.Text type="secondary" className="mono finding-path">
                  {item.path || '/'}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        )
      }}
    />
  )
}
