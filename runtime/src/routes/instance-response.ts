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
): Promise<Response> {
  const directory = await loadDirectory(deps.db, principal.tenantId)
  c.header('ETag', instanceEtag(instance.row.version))
  return c.json(await instanceView(deps.db, principal, instance, directory, deps.now()), status)
}
