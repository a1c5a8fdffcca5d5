import type { Simulation } from '@signoff/engine'
import type { AppDefinition, Directory } from '@signoff/schemas'
import { Alert, Tag, Timeline, Typography } from 'antd'
import { pickText, useLocaleStore, useMessages } from '../i18n/locale-store.ts'

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')

/** A simulation as a person reads it: the outcome, then each step with who would be asked. */
export function PathView({
  simulation,
  app,
  directory,
}: {
  simulation: Simulation
  app: AppDefinition
  directory: Directory
}) {
  const t = useMessages()
  const locale = useLocaleStore((state) => state.locale)
  const nodes = new Map(app.flow.nodes.map((node) => [node.id, node]))
  const names = new Map(directory.users.map((user) => [user.id, user.name]))
  const nameOf = (id: string) => names.get(id) ?? id
  const outcome =
    simulation.refusal !== undefined ? (
      <Alert
        type="warning"
        showIcon
        title={t.simulateRefused}
        description={
          <ul className="simulate-issues">
            {(
              simulation.refusal.issues ?? [
                { path: simulation.refusal.path ?? '', message: simulation.refusal.message },
              ]
            ).map((issue) => (
              <li key={`${issue.path}${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        }
      />
    ) : simulation.status === 'failed' ? (
      <Alert type="error" showIcon title={t.simulateFailed} description={simulation.failure?.reason} />
    ) : (
      <Alert type="success" showIcon title={t.simulateApproved} />
    )
  return (
    <div className="simulate-path">
      {outcome}
      <Typography.Title level={5}>{t.simulatePath}</Typography.Title>
      <Timeline
        items={simulation.steps.map((step, index) => {
          const node = nodes.get(step.node)
          const asks = step.kind === 'approval' || step.kind === 'handler' || step.kind === 'cc'
          return {
            key: `${step.node}-${index}`,
            color: step.kind === 'end' ? 'green' : asks ? 'blue' : 'gray',
            content: (
              <div className="simulate-step" data-node-id={step.node}>
                <Typography.Text strong>{node ? pickText(node.name, locale) : step.node}</Typography.Text>
                {asks && (
                  <div className="simulate-assignees">
                    {step.assignees.length === 0 ? (
                      <Tag color="red">{t.simulateNobody}</Tag>
                    ) : (
                      step.assignees.map((assignee) => (
                        <Tag key={assignee.user} color={assignee.auto ? 'default' : 'blue'}>
                          {nameOf(assignee.user)}
                          {assignee.auto ? ` · ${t.simulateAuto}` : ''}
                          {assignee.delegatedFrom
                            ? ` · ${fill(t.simulateDelegated, { who: nameOf(assignee.delegatedFrom) })}`
                            : ''}
                        </Tag>
                      ))
                    )}
                  </div>
                )}
              </div>
            ),
          }
        })}
      />
    </div>
  )
}
