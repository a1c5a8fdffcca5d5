import type { Context } from 'hono'
import { loadApp } from '../apps/load-app.ts'
import { isOrgAdmin, type Principal } from '../auth/principal.ts'
import { adoptUploads, returnUploads } from '../certification/adopt-uploads.ts'
import {
  applicantOnPlatform,
  forgetStandIn,
  platformTenantId,
  standInOf,
} from '../certification/applicants.ts'
import {
  type ApplicationType,
  applicationsOf,
  applicationTypes,
  applicationView,
  isApplicationType,
  loadApplication,
  mayApplyWhenCertified,
  requireOrgAdmin,
} from '../certification/applications.ts'
import { claimApply, releaseApply } from '../certification/apply-claim.ts'
import { noticeMessage, noticeToApplicant } from '../certification/notices.ts'
import { certificationStatus } from '../certification/status.ts'
import type { Deps } from '../deps.ts'
import type { AppEnv } from '../http/env.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { act } from '../instances/act.ts'
import { expectedVersionOf, instanceEtag } from '../instances/expected-version.ts'
import { startInstance } from '../instances/start.ts'
import { instanceSummary } from '../instances/view.ts'
import { apps } from '../repositories/apps.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { idempotencyKeys } from '../repositories/idempotency-keys.ts'
import { notifications } from '../repositories/notifications.ts'
import { certificationFileRoutes } from './certification-files.ts'

type Values = Record<string, unknown>
type Versioned = { expectedVersion?: number }

const openStatuses = new Set(['running', 'returned'])

/**
 * Certification of the caller's organization. Applications are instances of the built-in certification
 * apps on the platform tenant, started by the applicant's stand-in there; the organization's admins
 * read and act on them here (reviewers work in their own task inbox as usual).
 */
export function certificationRoutes(router: Router, deps: Deps): void {
  const { db } = deps
  const base = '/api/v1/org/certification'
  const applicationPath = `${base}/applications/{instanceId}`
  const idOf = (c: { req: { param: (name: string) => string | undefined } }) =>
    c.req.param('instanceId') ?? ''

  router.add(
    {
      method: 'get',
      path: base,
      summary:
        'The organization’s certification (level, when, the app version and instance that granted it); org admins also get its applications',
      tag: 'certification',
      auth: 'user',
    },
    async ({ c, principal }) => {
      const status = await certificationStatus(db, principal.tenantId)
      if (!isOrgAdmin(principal) || principal.tenantKind !== 'organization') return c.json(status)
      const applications = (await applicationsOf(db, principal.tenantId)).map(instanceSummary)
      return c.json({ ...status, applications })
    },
  )

  router.add<{ values: Values }>(
    {
      method: 'post',
      path: `${base}/apply`,
      summary:
        'An org admin applies (?type=enterprise|individual) with the form values; files are the admin’s own uploads (POST /attachments). 409 application_open while one is under way or being started, 409 already_certified once certified (only an individual business may still apply as an enterprise)',
      tag: 'certification',
      auth: 'user',
      body: 'InstanceStart',
      status: 201,
      headers: ['Idempotency-Key'],
      query: ['type'],
    },
    async ({ c, body, principal }) => {
      requireOrgAdmin(principal)
      const type = c.req.query('type')
      if (!isApplicationType(type))
        throw fail.badRequest('invalid_type', 'type must be enterprise or individual', '/type')
      const key = c.req.header('idempotency-key')
      if (key !== undefined && (key.length < 1 || key.length > 200))
        throw fail.badRequest('invalid_idempotency_key', 'Idempotency-Key must be 1 to 200 characters')
      // Held from the open-application check until the instance exists: a second apply meanwhile is a 409.
      const claim = await claimApply(db, principal.tenantId, deps.now())
      if (claim === undefined)
        throw fail.conflict('application_open', 'another application of the organization is being started')
      try {
        return await applyHeld(c, principal, type, key, body.values)
      } finally {
        await releaseApply(db, principal.tenantId, claim)
      }
    },
  )

  /** The apply itself, while the organization's claim is held. */
  const applyHeld = async (
    c: Context<AppEnv>,
    principal: Principal,
    type: ApplicationType,
    key: string | undefined,
    values: Values,
  ) => {
    const now = deps.now().toISOString()
    const existing = await standInOf(db, principal)
    const applications = await applicationsOf(db, principal.tenantId)
    // A repeated Idempotency-Key replays the first answer, though that application is now open.
    const replay =
      key !== undefined &&
      existing !== undefined &&
      (await idempotencyKeys.get(db, existing.tenantId, existing.userId, key)) !== undefined
    if (!replay && applications.some((row) => openStatuses.has(row.status)))
      throw fail.conflict('application_open', 'the organization already has an application under way')
    const status = await certificationStatus(db, principal.tenantId)
    if (status.certified && !mayApplyWhenCertified(status.level, type))
      throw fail.conflict('already_certified', `the organization is already certified (${status.level})`)
    const appRow = await apps.getByKey(db, await platformTenantId(db), applicationTypes[type])
    if (!appRow) throw fail.notFound('certification app')
    const { standIn, created } = await applicantOnPlatform(db, principal, now)
    let moved: string[] = []
    let outcome: Awaited<ReturnType<typeof startInstance>>
    try {
      const app = await loadApp(db, standIn, appRow.id)
      moved = await adoptUploads(deps, principal, standIn, values)
      outcome = await startInstance(deps, {
        principal: standIn,
        app,
        body: { values },
        idempotencyKey: key,
      })
    } catch (error) {
      // A refused application leaves nothing behind: the files go back, a new stand-in goes.
      await returnUploads(deps, principal, standIn, moved)
      if (created) await forgetStandIn(db, standIn)
      throw error
    }
    const id = (outcome.body as { id: string }).id
    if (outcome.replayed) c.header('Idempotent-Replayed', 'true')
    else {
      await noticeToApplicant(db, {
        tenantId: standIn.tenantId,
        instanceId: id,
        reason: 'certification.submitted',
        once: id,
        at: now,
      })
      await auditLog.append(db, {
        tenantId: principal.tenantId,
        at: now,
        actorId: principal.userId,
        action: 'certification.apply',
        targetType: 'application',
        targetId: id,
        detail: { type },
      })
    }
    const application = await loadApplication(deps, principal, id)
    c.header('ETag', instanceEtag(application.instance.row.version))
    return c.json(await applicationView(deps, application), outcome.status as 201)
  }

  router.add(
    {
      method: 'get',
      path: applicationPath,
      summary:
        'One of the organization’s applications as the applicant sees it (start-node field permissions, tasks, timeline, returned reason, attempts left); 404 for any other',
      tag: 'certification',
      auth: 'user',
    },
    async ({ c, principal }) => {
      const application = await loadApplication(deps, principal, idOf(c))
      c.header('ETag', instanceEtag(application.instance.row.version))
      return c.json(await applicationView(deps, application))
    },
  )

  /** The stand-in's event; when it is refused, the uploads adopted for it go back to the caller. */
  const actOrGiveBack = async (
    moved: string[],
    caller: Principal,
    standIn: Principal,
    input: Omit<Parameters<typeof act>[1], 'principal'>,
  ) => {
    try {
      await act(deps, { principal: standIn, ...input })
    } catch (error) {
      await returnUploads(deps, caller, standIn, moved)
      throw error
    }
  }

  const respond = async (c: Context<AppEnv>, principal: Principal, id: string) => {
    const application = await loadApplication(deps, principal, id)
    c.header('ETag', instanceEtag(application.instance.row.version))
    return c.json(await applicationView(deps, application))
  }

  router.add<Versioned & { values?: Values; comment?: string }>(
    {
      method: 'post',
      path: `${applicationPath}/complete`,
      summary:
        'The applicant completes their open step (enter the deposit amount: values.depositAmount), editing the fields the step allows',
      tag: 'certification',
      auth: 'user',
      body: 'TaskApprove',
      headers: ['If-Match'],
    },
    async ({ c, body, principal }) => {
      const { instance, standIn } = await loadApplication(deps, principal, idOf(c))
      const task = instance.tasks.find(
        (t) => t.assignee_id === standIn.userId && t.status === 'open' && t.kind !== 'input',
      )
      if (!task) throw fail.conflict('no_open_step', 'the application has no step waiting for the applicant')
      const moved = body.values ? await adoptUploads(deps, principal, standIn, body.values) : []
      await actOrGiveBack(moved, principal, standIn, {
        instanceId: instance.row.id,
        event: {
          type: 'approve',
          actor: standIn.userId,
          taskId: task.engine_task_id,
          ...(body.values ? { values: body.values } : {}),
          ...(body.comment ? { comment: body.comment } : {}),
        },
        expectedVersion: expectedVersionOf(c, body),
      })
      return respond(c, principal, instance.row.id)
    },
  )

  router.add<Versioned & { values: Values }>(
    {
      method: 'post',
      path: `${applicationPath}/resubmit`,
      summary: 'Fix a returned application and submit it again (it runs from the pre-check)',
      tag: 'certification',
      auth: 'user',
      body: 'InstanceResubmit',
      headers: ['If-Match'],
    },
    async ({ c, body, principal }) => {
      const { instance, standIn } = await loadApplication(deps, principal, idOf(c))
      const moved = await adoptUploads(deps, principal, standIn, body.values)
      await actOrGiveBack(moved, principal, standIn, {
        instanceId: instance.row.id,
        event: { type: 'resubmit', actor: standIn.userId, values: body.values },
        expectedVersion: expectedVersionOf(c, body),
      })
      return respond(c, principal, instance.row.id)
    },
  )

  router.add<Versioned & { reason?: string }>(
    {
      method: 'post',
      path: `${applicationPath}/withdraw`,
      summary: 'Withdraw an application under way',
      tag: 'certification',
      auth: 'user',
      body: 'InstanceWithdraw',
      headers: ['If-Match'],
    },
    async ({ c, body, principal }) => {
      const { instance, standIn } = await loadApplication(deps, principal, idOf(c))
      await act(deps, {
        principal: standIn,
        instanceId: instance.row.id,
        event: { type: 'withdraw', actor: standIn.userId, ...(body.reason ? { reason: body.reason } : {}) },
        expectedVersion: expectedVersionOf(c, body),
      })
      return respond(c, principal, instance.row.id)
    },
  )

  certificationFileRoutes(router, deps)

  router.add(
    {
      method: 'get',
      path: `${base}/notifications`,
      summary:
        'The caller’s notices about their applications (received, pre-check passed, each review, the deposit sent and verified, returns, the result), newest first, each with its message in zh-CN and en',
      tag: 'certification',
      auth: 'user',
    },
    async ({ c, principal }) => {
      requireOrgAdmin(principal)
      const standIn = await standInOf(db, principal)
      const rows = standIn ? await notifications.list(db, standIn.tenantId, standIn.userId, 100) : []
      return c.json({
        items: rows.map((row) => ({
          id: row.id,
          instanceId: row.instance_id,
          reason: row.reason,
          message: noticeMessage(row.reason),
          createdAt: row.created_at,
          readAt: row.read_at,
        })),
      })
    },
  )
}
