import { loadFacts } from '../analytics/load-facts.ts'
import { summarize } from '../analytics/summarize.ts'
import { loadApps } from '../apps/load-app.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { loadDirectory } from '../org/directory.ts'
import { nextDay, startOfDay } from '../org/zoned-day.ts'

const dateOnly = /^\d{4}-\d{2}-\d{2}$/
const maxDays = 366
const defaultDays = 90

function day(value: string | undefined, name: string, fallback: string): string {
  if (value === undefined) return fallback
  if (!dateOnly.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw fail.badRequest('invalid_query', `${name} must be a date (YYYY-MM-DD)`, `/${name}`)
  return value
}

export function analyticsRoutes(router: Router, deps: Deps): void {
  router.add(
    {
      method: 'get',
      path: '/api/v1/analytics/overview',
      summary:
        'Dashboard figures for instances started between from and to (days in the organization’s time zone, default the last 90 days, at most 366): per app and per node cycle time (median, p90, hours), throughput per ISO week, open tasks per approver and the bottleneck nodes. Org admins see every app; app admins their apps.',
      tag: 'analytics',
      auth: 'user',
      response: 'AnalyticsOverview',
      query: ['app', 'from', 'to'],
    },
    async ({ c, principal }) => {
      const now = deps.now()
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: deps.timeZone }).format(now)
      const to = day(c.req.query('to'), 'to', today)
      const from = day(
        c.req.query('from'),
        'from',
        new Date(Date.parse(to) - (defaultDays - 1) * 86_400_000).toISOString().slice(0, 10),
      )
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1
      if (span < 1) throw fail.badRequest('invalid_query', 'from must not be after to', '/from')
      if (span > maxDays) throw fail.badRequest('invalid_query', `at most ${maxDays} days at once`, '/from')

      const administered = (await loadApps(deps.db, principal)).filter((app) => app.access.edit)
      const asked = c.req.query('app')
      const apps = asked === undefined ? administered : administered.filter((app) => app.row.id === asked)
      if (apps.length === 0)
        throw asked !== undefined && administered.length > 0
          ? fail.notFound('app')
          : fail.forbidden('only org admins and app admins see dashboards')

      const facts = await loadFacts(deps.db, {
        tenantId: principal.tenantId,
        appIds: apps.map((app) => app.row.id),
        from: startOfDay(from, deps.timeZone),
        until: startOfDay(nextDay(to), deps.timeZone),
      })
      const summary = summarize(facts.instances, facts.tasks, now.toISOString())
      const directory = await loadDirectory(deps.db, principal.tenantId)
      const userNames = new Map(directory.users.map((user) => [user.id, user.name]))
      const byId = new Map(apps.map((app) => [app.row.id, app]))
      const nodeName = (appId: string, node: string) => {
        const app = byId.get(appId)
        return (app?.published ?? app?.draft)?.flow.nodes.find((candidate) => candidate.id === node)?.name
      }
      return c.json({
        window: { from, to, timeZone: deps.timeZone },
        apps: summary.apps.map((entry) => ({
          ...entry,
          name: byId.get(entry.appId)?.published?.name ?? byId.get(entry.appId)?.draft.name,
        })),
        nodes: summary.nodes.map((entry) => ({ ...entry, name: nodeName(entry.appId, entry.node) })),
        weeks: summary.weeks,
        openByApprover: summary.openByApprover.map((entry) => ({
          ...entry,
          name: userNames.get(entry.userId) ?? entry.userId,
        })),
        bottlenecks: summary.bottlenecks.map((entry) => ({
          ...entry,
          name: nodeName(entry.appId, entry.node),
        })),
      })
    },
  )
}
