import { createReadStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import type { AppDefinition } from '@signoff/schemas'
import { loadApp } from '../apps/load-app.ts'
import { accepts, nameFits, sniff } from '../attachments/content-type.ts'
import { findField, type UploadRule, uploadRule } from '../attachments/field.ts'
import { defaultAccept, maxUploadBytes } from '../attachments/limits.ts'
import { receiveFile } from '../attachments/receive.ts'
import type { Principal } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import { fail, HttpError } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { newId } from '../ids.ts'
import { loadInstance, maySee } from '../instances/load.ts'
import { type AttachmentRow, attachments } from '../repositories/attachments.ts'

async function ruleFor(
  deps: Deps,
  principal: Principal,
  appId?: string,
  fieldId?: string,
): Promise<UploadRule> {
  if (appId === undefined && fieldId === undefined) return {}
  if (appId === undefined || fieldId === undefined)
    throw fail.badRequest('invalid_query', 'appId and fieldId go together', appId ? '/fieldId' : '/appId')
  const app = await loadApp(deps.db, principal, appId)
  if (!app.access.start && !app.access.edit) throw fail.notFound('app')
  const form = (app.published ?? app.draft).form as AppDefinition['form']
  const field = findField(form, fieldId)
  if (!field) throw fail.badRequest('unknown_field', `the app has no field ${fieldId}`, '/fieldId')
  return uploadRule(field)
}

/** RFC 6266: an ASCII fallback and the UTF-8 name, never anything that could break the header. */
export function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

export function attachmentView(row: AttachmentRow) {
  return { id: row.id, name: row.name, size: row.size, mime: row.mime }
}

export function attachmentRoutes(router: Router, deps: Deps): void {
  router.add(
    {
      method: 'post',
      path: '/api/v1/attachments',
      summary:
        'Upload one file (multipart part `file`), streamed to disk: 413 beyond the field’s maxSize (or 100 MB), 415 unless its content is a type the field accepts. ?appId&fieldId name the field. Answers the value to put in the form',
      tag: 'attachments',
      auth: 'user',
      body: 'multipart',
      response: 'Attachment',
      status: 201,
      query: ['appId', 'fieldId'],
    },
    async ({ c, principal }) => {
      const rule = await ruleFor(deps, principal, c.req.query('appId'), c.req.query('fieldId'))
      const limit = Math.min(rule.maxSize ?? maxUploadBytes, maxUploadBytes)
      const id = newId('att')
      const directory = join(deps.attachmentsDir, principal.tenantId)
      await mkdir(directory, { recursive: true })
      const partial = join(directory, `${id}.part`)
      const received = await receiveFile(c.req.raw, partial, limit)
      const mime = sniff(received.head, received.name)
      if (
        !mime ||
        !accepts(rule.accept ?? defaultAccept, mime, received.name) ||
        !nameFits(mime, received.name)
      ) {
        await rm(partial, { force: true })
        throw new HttpError(
          415,
          'unsupported_file_type',
          !mime
            ? 'the content is not a type this server accepts'
            : nameFits(mime, received.name)
              ? `${mime} is not accepted here`
              : `the name ${received.name} does not fit its content (${mime})`,
        )
      }
      await rename(partial, join(directory, id))
      const row: AttachmentRow = {
        tenant_id: principal.tenantId,
        id,
        uploader_id: principal.userId,
        instance_id: null,
        name: received.name.slice(0, 255),
        mime,
        size: received.size,
        sha256: received.sha256,
        created_at: deps.now().toISOString(),
      }
      await attachments.insert(deps.db, row)
      return c.json(attachmentView(row), 201)
    },
  )

  router.add(
    {
      method: 'get',
      path: '/api/v1/attachments/{attachmentId}',
      summary: 'Download a file: its uploader, and whoever may see the instance it belongs to (others 404)',
      tag: 'attachments',
      auth: 'user',
    },
    async ({ c, principal }) => {
      const row = await attachments.get(deps.db, principal.tenantId, c.req.param('attachmentId') ?? '')
      if (!row) throw fail.notFound('attachment')
      if (row.uploader_id !== principal.userId) {
        const instance = row.instance_id
          ? await loadInstance(deps.db, principal.tenantId, row.instance_id)
          : undefined
        if (!instance || !maySee(principal, instance)) throw fail.notFound('attachment')
      }
      const file = createReadStream(join(deps.attachmentsDir, principal.tenantId, row.id))
      c.header('Content-Type', row.mime)
      c.header('Content-Length', String(row.size))
      c.header('Content-Disposition', disposition(row.name))
      c.header('Cache-Control', 'private, no-store')
      return c.body(Readable.toWeb(file) as ReadableStream)
    },
  )
}
