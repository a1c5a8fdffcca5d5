import type { Context } from 'hono'
import type { Principal } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import { instanceEtag } from '../instances/expected-version.ts'
import type { LoadedInstance } from '../instances/load.ts'
import { instanceView } from '../instances/view.ts'
import { loadDirectory } from '../org/directory.ts'

/** The instance as the caller sees it, with its version as the ETag for the next If-Match. */
export async function instanceResponse(
  c: Context,
  deps: Deps,
  principal: Principal,
  instance: LoadedInstance,
  status: 200 | 201 = 200,
  options: { withDefinition?: boolean } = {},
): Promise<Response> {
  const directory = await loadDirectory(deps.db, principal.tenantId)
  c.header('ETag', instanceEtag(instance.row.version))
  const view = await instanceView(deps.db, principal, instance, directory, deps.now())
  // The pinned version's definition renders the form and names the nodes as they were when it started,
  // whatever was published since; only reads carry it, the answers to actions stay small.
  return c.json(options.withDefinition ? { ...view, definition: instance.definition } : view, status)
}
