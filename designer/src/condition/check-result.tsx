import type { BilingualIssue } from '@signoff/expression'
import { Typography } from 'antd'
import type { Locale, Messages } from '../i18n/dictionary.ts'

/** The outcome of a type check: its problems with their messages, or a quiet tick. */
export function CheckResult({
  issues,
  t,
  locale,
  paths = false,
}: {
  issues: readonly BilingualIssue[]
  t: Messages
  /** Picks message or messageZh, as the findings panel does. */
  locale: Locale
  /** Show where in a condition tree each problem is; pointless for a single expression. */
  paths?: boolean
}) {
  if (issues.length === 0)
    return (
      <Typography.Text type="success" className="check-ok">
        ✓ {t.condChecked}
      </Typography.Text>
    )
  return (
    <ul className="check-issues" role="alert">
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.code}:${issue.message}`}>
          <Typography.Text type="danger">
            {paths && issue.path ? <code>{issue.path}</code> : null}{' '}
            {locale === 'en' ? issue.message : issue.messageZh}
          </Typography.Text>
        </li>
      ))}
    </ul>
  )
}
