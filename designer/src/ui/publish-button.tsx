import type { Finding } from '@signoff/analysis'
import { Button, Tooltip } from 'antd'
import { useLocaleStore, useMessages } from '../i18n/locale-store.ts'

/** How many reasons the tooltip spells out; the findings drawer has the rest. */
const shown = 5

/** Publish, disabled while lint finds errors, with those errors as the reasons on hover and focus. */
export function PublishButton({ errors, onClick }: { errors: readonly Finding[]; onClick: () => void }) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const reasons =
    errors.length === 0 ? undefined : (
      <div className="publish-reasons">
        <strong>{t.publishBlocked}</strong>
        <ul>
          {errors.slice(0, shown).map((item) => (
            <li key={`${item.code}${item.path}`}>{locale === 'en' ? item.message : item.messageZh}</li>
          ))}
        </ul>
        {errors.length > shown && (
          <div>{t.publishMoreErrors.replace('{n}', String(errors.length - shown))}</div>
        )}
      </div>
    )
  return (
    <Tooltip title={reasons} trigger={['hover', 'focus']} classNames={{ root: 'publish-reasons-tip' }}>
      {/* A disabled button gets no pointer or focus events; the span keeps the reasons reachable. */}
      <span className="publish-button" tabIndex={errors.length ? 0 : -1}>
        <Button size="small" type="primary" onClick={onClick} disabled={errors.length > 0}>
          {t.publish}
        </Button>
      </span>
    </Tooltip>
  )
}
