import type { Context } from 'hono'
import type { Principal } from '../auth/principal.ts'
import type { Deps } from '../deps.ts'
import { instanceEtag } from '../instances/expected-version.ts'
import type { LoadedInstance } from '../instances/load.ts'
import { instanceOutcome, instanceView } from '../instances/view.ts'
import { loadDirectory } from '../org/directory.ts'

/**
 * Whether the client asked for the short answer (RFC 7240 `Prefer: return=minimal`): a client that
 * moves on after a decision (an inbox, a chat bot) needs the outcome, not the timeline and path.
 */
export function prefersMinimal(c: Context): boolean {
  const prefer = c.req.header('prefer')
  return prefer !== undefined && /(?:^|[,;\s])return\s*=\s*"?minimal"?(?:$|[,;\s])/i.test(prefer)
}

/**
 * The instance as the caller sees it, with its version as the ETag for the next If-Match; with
 * `Prefer: return=minimal`, only its summary and tasks (answered with Preference-Applied).
 */
export async function instanceResponse(
  c: Context,
  deps: Deps,
  principal: Principal,
  instance: LoadedInstance,
  status: 200 | 201 = 200,
  options: { withDefinition?: boolean } = {},
): Promise<Response> {
  c.header('ETag', instanceEtag(instance.row.version))
  if (!options.withDefinition && prefersMinimal(c)) {
    c.header('Preference-Applied', 'return=minimal')
    return c.json(instanceOutcome(instance), status)
  }
  const directory = await loadDirectory(deps.db, principal.tenantId)
  const view = await instanceView(deps.db, principal, instance, directory, deps.now())
  // The pinned version's definition renders the form and names the nodes as they were when it started,
  // whatever was published since; only reads carry it, the answers to actions stay small.
  return c.json(options.withDefinition ? { ...view, definition: instance.definition } : view, status)
}
