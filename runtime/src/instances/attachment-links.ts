import type { AppDefinition } from '@signoff/schemas'
import { accepts } from '../attachments/content-type.ts'
import { findField, uploadRule } from '../attachments/field.ts'
import { defaultAccept, maxUploadBytes } from '../attachments/limits.ts'
import type { Db } from '../db/database.ts'
import { fail } from '../http/errors.ts'
import { attachments } from '../repositories/attachments.ts'

export interface AttachmentRef {
  id: string
  size: unknown
  mime: unknown
  /** The field whose value holds it (the key above the array). */
  fieldId: string
  path: string
}

const isRef = (value: unknown): value is { id: string; name: unknown; size: unknown; mime: unknown } =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  typeof (value as { id?: unknown }).id === 'string' &&
  'name' in value &&
  'size' in value &&
  'mime' in value

/** Every file value ({id, name, size, mime}) in the values, tables included, with its JSON Pointer. */
export function attachmentRefs(value: unknown, path = '/values', fieldId = ''): AttachmentRef[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => attachmentRefs(item, `${path}/${index}`, fieldId))
  if (isRef(value)) return [{ id: value.id, size: value.size, mime: value.mime, fieldId, path }]
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => attachmentRefs(item, `${path}/${key}`, key))
  return []
}

/** A file the actor may attach to this instance: already its own, or the actor's unused upload; 400 otherwise. */
async function usableFile(
  db: Db,
  context: { tenantId: string; actorId: string; instanceId: string },
  id: string,
  path: string,
) {
  const row = await attachments.get(db, context.tenantId, id)
  const usable =
    row &&
    (row.instance_id === context.instanceId ||
      (row.instance_id === null && row.uploader_id === context.actorId))
  if (!row || !usable) throw fail.badRequest('unknown_attachment', `no file ${id} of yours to use here`, path)
  return row
}

/** A comment's files (ids): each checked like a value's and linked to the instance. */
export async function linkCommentFiles(
  db: Db,
  context: { tenantId: string; actorId: string; instanceId: string },
  ids: readonly string[],
): Promise<void> {
  for (const [index, id] of ids.entries()) {
    const row = await usableFile(db, context, id, `/attachments/${index}`)
    if (row.instance_id === null) await attachments.link(db, context.tenantId, row.id, context.instanceId)
  }
}

/**
 * Checks every file an instance's values name and links the new ones to it, in the transaction of
 * the event: a file must exist in the tenant and be either already this instance's or uploaded by
 * the actor and not yet used; its size and type must be what was stored and what the field accepts.
 * Anything else is a 400 at the value's path (another person's file is reported as unknown).
 */
export async function linkAttachments(
  db: Db,
  context: { tenantId: string; actorId: string; instanceId: string; form: AppDefinition['form'] },
  values: Record<string, unknown>,
): Promise<void> {
  for (const ref of attachmentRefs(values)) {
    const row = await attachments.get(db, context.tenantId, ref.id)
    const usable =
      row &&
      (row.instance_id === context.instanceId ||
        (row.instance_id === null && row.uploader_id === context.actorId))
    if (!row || !usable)
      throw fail.badRequest('unknown_attachment', `no file ${ref.id} of yours to use here`, `${ref.path}/id`)
    if (row.size !== ref.size || row.mime !== ref.mime)
      throw fail.badRequest(
        'attachment_mismatch',
        `file ${ref.id} is ${row.size} bytes of ${row.mime}`,
        ref.path,
      )
    const field = findField(context.form, ref.fieldId)
    const rule = field ? uploadRule(field) : {}
    if (
      !accepts(rule.accept ?? defaultAccept, row.mime, row.name) ||
      row.size > (rule.maxSize ?? maxUploadBytes)
    )
      throw fail.badRequest(
        'attachment_not_accepted',
        `the field does not take ${row.mime} of ${row.size} bytes`,
        ref.path,
      )
    if (row.instance_id === null) await attachments.link(db, context.tenantId, row.id, context.instanceId)
  }
}
