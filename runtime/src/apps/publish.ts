import { hasErrors, lintApp } from '@signoff/analysis'
import type { AppDefinition, Directory } from '@signoff/schemas'
import type { Db } from '../db/database.ts'
import { toJsonColumn } from '../db/json.ts'
import { HttpError } from '../http/errors.ts'
import { appVersions } from '../repositories/app-versions.ts'
import { apps } from '../repositories/apps.ts'
import { auditLog } from '../repositories/audit-log.ts'
import { contentHash } from './content-hash.ts'

export interface PublishInput {
  tenantId: string
  appId: string
  content: AppDefinition
  note: string
  authorId: string | null
  now: string
  directory: Directory
  /** What the audit row calls it: publish, or rollback with the version it came from. */
  action: 'app.publish' | 'app.rollback'
  detail?: Record<string, unknown>
  /**
   * A check that must hold when the version commits, run first inside the publish transaction (e.g. the
   * uncertified organization's app limit, which a concurrent first publish could otherwise both pass).
   */
  hold?: (trx: Db, app: { current_version: number | null }) => Promise<void>
}

/**
 * Publishes content as the app's next immutable version: refused with 422 and the findings while
 * the schema or lint (against the tenant's directory) reports an error. The version row, the app's
 * pointer to it and the audit row commit together; a concurrent publish makes this one a 409.
 */
export async function publishVersion(db: Db, input: PublishInput) {
  const findings = lintApp(input.content, { directory: input.directory })
  if (hasErrors(findings)) {
    const errors = findings.filter((item) => item.severity === 'error')
    throw new HttpError(
      422,
      'definition_invalid',
      `the app has ${errors.length} error(s); fix them before publishing`,
      {
        path: errors[0]?.path ?? '',
        issues: findings,
      },
    )
  }
  return db.transaction().execute(async (trx) => {
    const app = await apps.get(trx, input.tenantId, input.appId)
    if (!app) throw new HttpError(404, 'not_found', 'app not found')
    await input.hold?.(trx, app)
    const latest = (await appVersions.list(trx, input.tenantId, input.appId))[0]?.number ?? 0
    const number = latest + 1
    const version = {
      tenant_id: input.tenantId,
      app_id: input.appId,
      number,
      content: toJsonColumn(input.content),
      content_hash: contentHash(input.content),
      note: input.note,
      author_id: input.authorId,
      created_at: input.now,
    }
    const moved = await apps.setCurrentVersion(
      trx,
      input.tenantId,
      input.appId,
      app.current_version,
      number,
      input.now,
    )
    if (!moved)
      throw new HttpError(409, 'publish_conflict', 'someone else published at the same time; reload')
    await appVersions.insert(trx, version)
    await auditLog.append(trx, {
      tenantId: input.tenantId,
      at: input.now,
      actorId: input.authorId,
      action: input.action,
      targetType: 'app',
      targetId: input.appId,
      detail: { version: number, contentHash: version.content_hash, note: input.note, ...input.detail },
    })
    return { version, findings }
  })
}
