import type { Finding } from '@signoff/analysis'
import { Tooltip } from 'antd'
import { useLocaleStore } from '../i18n/locale-store.ts'

/** A red (errors) or orange (warnings only) count on a card, listing the findings on hover. */
export function FindingBadge({ findings }: { findings: readonly Finding[] }) {
  const locale = useLocaleStore((state) => state.locale)
  if (findings.length === 0) return null
  const error = findings.some((item) => item.severity === 'error')
  return (
    <Tooltip
      title={
        <ul className="flow-finding-list">
          {findings.map((item) => (
            <li key={`${item.code}${item.path}`}>{locale === 'en' ? item.message : item.messageZh}</li>
          ))}
        </ul>
      }
    >
      <span className={`flow-finding-badge ${error ? 'is-error' : 'is-warning'}`}>{findings.length}</span>
    </Tooltip>
  )
}
