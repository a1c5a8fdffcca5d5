import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { Principal } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import { attachmentRefs } from '../instances/attachment-links.ts'
import { attachments } from '../repositories/attachments.ts'

/** Moves an unused upload (file and row) from one person to another, across tenants. */
async function move(deps: Deps, from: Principal, to: Principal, id: string): Promise<void> {
  await mkdir(join(deps.attachmentsDir, to.tenantId), { recursive: true })
  await rename(join(deps.attachmentsDir, from.tenantId, id), join(deps.attachmentsDir, to.tenantId, id))
  await deps.db
    .updateTable('attachments')
    .set({ tenant_id: to.tenantId, uploader_id: to.userId })
    .where('tenant_id', '=', from.tenantId)
    .where('id', '=', id)
    .execute()
}

/**
 * The applicant uploads in their own organization (POST /attachments); the application lives on the
 * platform tenant. Each of the caller's unused uploads the values name moves there, owned by their
 * stand-in, so the usual checks (the actor's own unused file, type and size the field accepts) apply
 * when the values are linked. Anything else is left for those checks to refuse. Answers the ids moved.
 */
export async function adoptUploads(
  deps: Deps,
  caller: Principal,
  standIn: Principal,
  values: Record<string, unknown>,
): Promise<string[]> {
  const moved: string[] = []
  for (const ref of attachmentRefs(values)) {
    const row = await attachments.get(deps.db, caller.tenantId, ref.id)
    if (!row || row.uploader_id !== caller.userId || row.instance_id !== null) continue
    await move(deps, caller, standIn, row.id)
    moved.push(row.id)
  }
  return moved
}

/** Gives adopted uploads back to the caller when what they were for was refused. */
export async function returnUploads(
  deps: Deps,
  caller: Principal,
  standIn: Principal,
  ids: readonly string[],
): Promise<void> {
  for (const id of ids) await move(deps, standIn, caller, id)
}
