import { Tag, Timeline, Typography } from 'antd'
import type { PathStep } from '../api/types.ts'
import { pickText, useLocale, useMessages } from '../i18n/locale-store.ts'
import { useDirectory } from './directory.tsx'

const shownKinds = new Set(['approval', 'handler', 'cc', 'automation', 'timer'])

/**
 * Steps of an approval path (predicted while filling, or the rest of a running instance): each node's
 * name and who is asked or copied. Structural nodes (condition, parallel, join, start, end) are left out.
 */
export function PathSteps({
  steps,
  nodeName,
}: {
  steps: PathStep[]
  nodeName: (id: string) => string | undefined
}) {
  const t = useMessages()
  const locale = useLocale()
  const names = useDirectory()
  const shown = steps.filter((step) => shownKinds.has(step.kind))
  if (shown.length === 0) return <Typography.Text type="secondary">—</Typography.Text>
  return (
    <Timeline
      className="path-steps"
      items={shown.map((step, index) => ({
        key: `${step.node}-${index}`,
        color: step.kind === 'cc' ? 'gray' : 'blue',
        content: (
          <div>
            <Typography.Text strong>
              {(step.name ? pickText(step.name, locale) : undefined) ?? nodeName(step.node) ?? step.node}
            </Typography.Text>
            <div className="path-assignees">
              {step.assignees.length === 0 ? (
                <Typography.Text type="secondary">{t.nobody}</Typography.Text>
              ) : (
                step.assignees.map((assignee) => (
                  <Tag key={assignee.user} color={assignee.auto ? 'default' : 'blue'}>
                    {assignee.name ?? names.user(assignee.user)}
                    {assignee.auto ? ` · ${t.auto}` : ''}
                  </Tag>
                ))
              )}
            </div>
          </div>
        ),
      }))}
    />
  )
}
