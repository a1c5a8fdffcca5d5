import { loadApp } from '../apps/load-app.ts'
import { isOrgAdmin } from '../auth/principal.ts'
import { fromJsonColumn } from '../db/json.ts'
import type { Deps } from '../deps.ts'
import { fail, HttpError } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { act } from '../instances/act.ts'
import { instancesCsv } from '../instances/csv-export.ts'
import { expectedVersionOf, instanceEtag } from '../instances/expected-version.ts'
import { verifyChain } from '../instances/hash-chain.ts'
import { loadVisibleInstance } from '../instances/load.ts'
import { searchFilter } from '../instances/search.ts'
import { startInstance } from '../instances/start.ts'
import { instanceSummary } from '../instances/view.ts'
import { instanceEvents } from '../repositories/instance-events.ts'
import { instances } from '../repositories/instances.ts'
import { instanceResponse, prefersMinimal } from './instance-response.ts'

type StartBody = { values: Record<string, unknown>; selectedApprovers?: Record<string, string[]> }
type Versioned = { expectedVersion?: number }

const defaultUrgeMinutes = 60

export function instanceRoutes(router: Router, deps: Deps): void {
  const { db } = deps
  const instancePath = '/api/v1/instances/{instanceId}'
  const instanceId = (c: { req: { param: (name: string) => string | undefined } }) =>
    c.req.param('instanceId') ?? ''

  router.add<StartBody>(
    {
      method: 'post',
      path: '/api/v1/apps/{appId}/instances',
      summary:
        'Start an instance of the current version (403 unless a starter; 400 with the field paths; Idempotency-Key replays the first response)',
      tag: 'instances',
      auth: 'user',
      body: 'InstanceStart',
      response: 'Instance',
      status: 201,
      headers: ['Idempotency-Key', 'Prefer'],
    },
    async ({ c, body, principal }) => {
      const key = c.req.header('idempotency-key')
      if (key !== undefined && (key.length < 1 || key.length > 200))
        throw fail.badRequest('invalid_idempotency_key', 'Idempotency-Key must be 1 to 200 characters')
      const app = await loadApp(db, principal, c.req.param('appId') ?? '')
      const minimal = prefersMinimal(c)
      const outcome = await startInstance(deps, { principal, app, body, idempotencyKey: key, minimal })
      if (minimal && !outcome.replayed) c.header('Preference-Applied', 'return=minimal')
      if (outcome.replayed) c.header('Idempotent-Replayed', 'true')
      const version = (outcome.body as { version?: number }).version
      if (version !== undefined) c.header('ETag', instanceEtag(version))
      return c.json(outcome.body as object, outcome.status as 201)
    },
  )

  const searchQuery = ['scope', 'app', 'status', 'initiator', 'from', 'to', 'field', 'value', 'limit']
  const limitOf = (value: string | undefined, max: number) =>
    Math.min(Math.max(Number(value ?? 100) || 100, 1), max)

  router.add(
    {
      method: 'get',
      path: '/api/v1/instances',
      summary:
        'Instances I started (scope=mine), or all of them for org admins and app admins (scope=all); filters app, status, initiator, from/to, field/value',
      tag: 'instances',
      auth: 'user',
      response: 'InstanceList',
      query: searchQuery,
    },
    async ({ c, principal }) => {
      const filter = await searchFilter(db, principal, (name) => c.req.query(name), deps.timeZone)
      const rows = await instances.list(db, principal.tenantId, filter, limitOf(c.req.query('limit'), 500))
      return c.json({ items: rows.map(instanceSummary) })
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/instances/export',
      summary: 'The same search as CSV (up to 10 000 rows)',
      tag: 'instances',
      auth: 'user',
      response: 'csv',
      query: searchQuery,
    },
    async ({ c, principal }) => {
      const filter = await searchFilter(db, principal, (name) => c.req.query(name), deps.timeZone)
      const rows = await instances.list(db, principal.tenantId, filter, limitOf(c.req.query('limit'), 10_000))
      c.header('Content-Disposition', 'attachment; filename="instances.csv"')
      c.header('Content-Type', 'text/csv; charset=utf-8')
      return c.body(instancesCsv(rows))
    },
  )

  router.add(
    {
      method: 'get',
      path: instancePath,
      summary:
        'One instance (initiator, task holders, app and org admins; others 404) with values under the caller’s field permissions, timeline, predicted path and the definition of the version it is pinned to',
      tag: 'instances',
      auth: 'user',
      response: 'Instance',
    },
    async ({ c, principal }) =>
      instanceResponse(c, deps, principal, await loadVisibleInstance(db, principal, instanceId(c)), 200, {
        withDefinition: true,
      }),
  )

  router.add(
    {
      method: 'get',
      path: `${instancePath}/events`,
      summary:
        'The raw event log with its hash chain and whether it verifies (org admins and the app’s admins; others 404)',
      tag: 'instances',
      auth: 'user',
      response: 'InstanceEventLog',
    },
    async ({ c, principal }) => {
      const instance = await loadVisibleInstance(db, principal, instanceId(c))
      const admin =
        isOrgAdmin(principal) || (instance.definition.settings.admins ?? []).includes(principal.userId)
      if (!admin) throw fail.notFound('instance')
      const rows = await instanceEvents.list(db, principal.tenantId, instance.row.id)
      return c.json({
        verification: verifyChain(rows),
        items: rows.map((row) => ({
          seq: row.seq,
          type: row.type,
          actor: row.actor,
          at: row.at,
          event: fromJsonColumn(row.event),
          prevHash: row.prev_hash,
          hash: row.hash,
        })),
      })
    },
  )

  router.add<Versioned & { reason?: string }>(
    {
      method: 'post',
      path: `${instancePath}/withdraw`,
      summary: 'The initiator withdraws a pending instance',
      tag: 'instances',
      auth: 'user',
      body: 'InstanceWithdraw',
      response: 'Instance',
      headers: ['If-Match', 'Prefer'],
    },
    async ({ c, body, principal }) => {
      const event = {
        type: 'withdraw' as const,
        actor: principal.userId,
        ...(body.reason ? { reason: body.reason } : {}),
      }
      const instance = await act(deps, {
        principal,
        instanceId: instanceId(c),
        event,
        expectedVersion: expectedVersionOf(c, body),
      })
      return instanceResponse(c, deps, principal, instance)
    },
  )

  router.add<Versioned & { values: Record<string, unknown> }>(
    {
      method: 'post',
      path: `${instancePath}/resubmit`,
      summary: 'The initiator fixes a returned instance and submits it again',
      tag: 'instances',
      auth: 'user',
      body: 'InstanceResubmit',
      response: 'Instance',
      headers: ['If-Match', 'Prefer'],
    },
    async ({ c, body, principal }) => {
      const instance = await act(deps, {
        principal,
        instanceId: instanceId(c),
        event: { type: 'resubmit', actor: principal.userId, values: body.values },
        expectedVersion: expectedVersionOf(c, body),
      })
      return instanceResponse(c, deps, principal, instance)
    },
  )

  router.add<Versioned>(
    {
      method: 'post',
      path: `${instancePath}/urge`,
      summary: 'Remind the current approvers (once per the app’s urgeIntervalMinutes, else 429)',
      tag: 'instances',
      auth: 'user',
      body: 'InstanceUrge',
      response: 'Instance',
      headers: ['If-Match', 'Prefer'],
    },
    async ({ c, body, principal }) => {
      const loaded = await loadVisibleInstance(db, principal, instanceId(c))
      const minutes = loaded.definition.settings.urgeIntervalMinutes ?? defaultUrgeMinutes
      const last = await instanceEvents.lastOfType(
        db,
        principal.tenantId,
        loaded.row.id,
        'urge',
        principal.userId,
      )
      if (last) {
        const wait = Date.parse(last.at) + minutes * 60_000 - deps.now().getTime()
        if (wait > 0) {
          const seconds = Math.ceil(wait / 1000)
          throw new HttpError(
            429,
            'urge_too_soon',
            `you urged this instance already; try again in ${seconds} s`,
            {},
            { 'Retry-After': String(seconds) },
          )
        }
      }
      const instance = await act(deps, {
        principal,
        instanceId: loaded.row.id,
        event: { type: 'urge', actor: principal.userId },
        expectedVersion: expectedVersionOf(c, body),
      })
      return instanceResponse(c, deps, principal, instance)
    },
  )

  router.add<Versioned & { text?: string; attachments?: string[] }>(
    {
      method: 'post',
      path: `${instancePath}/comments`,
      summary: 'Comment on an instance (participants)',
      tag: 'instances',
      auth: 'user',
      body: 'InstanceComment',
      response: 'Instance',
      status: 201,
    },
    async ({ c, body, principal }) => {
      const instance = await act(deps, {
        principal,
        instanceId: instanceId(c),
        event: {
          type: 'comment',
          actor: principal.userId,
          text: body.text ?? '',
          ...(body.attachments ? { attachments: body.attachments } : {}),
        },
        expectedVersion: expectedVersionOf(c, body),
      })
      return instanceResponse(c, deps, principal, instance, 201)
    },
  )
}
