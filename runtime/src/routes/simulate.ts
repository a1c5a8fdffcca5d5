import { simulate } from '@signoff/engine'
import type { AppDefinition, Directory } from '@signoff/schemas'
import { loadApp, requireEdit, requireUse } from '../apps/load-app.ts'
import type { Deps } from '../deps.ts'
import { fail } from '../http/errors.ts'
import type { Router } from '../http/router.ts'
import { loadDirectory } from '../org/directory.ts'

interface SimulateBody {
  values: Record<string, unknown>
  initiator?: string
  selectedApprovers?: Record<string, string[]>
  source?: 'draft' | 'current'
}

/** The engine's steps with the names a person reads: the node's name and each assignee's. */
function readable(
  definition: AppDefinition,
  directory: Directory,
  steps: ReturnType<typeof simulate>['steps'],
) {
  const nodes = new Map(definition.flow.nodes.map((node) => [node.id, node]))
  const users = new Map(directory.users.map((user) => [user.id, user.name]))
  return steps.map((step) => ({
    ...step,
    name: nodes.get(step.node)?.name,
    assignees: step.assignees.map((assignee) => ({
      ...assignee,
      name: users.get(assignee.user) ?? assignee.user,
    })),
  }))
}

export function simulateRoutes(router: Router, deps: Deps): void {
  router.add<SimulateBody>(
    {
      method: 'post',
      path: '/api/v1/apps/{appId}/simulate',
      summary:
        'The path an instance would take with these values, and who would be asked at each step, if everyone approves. Owners simulate the draft or the current version for any initiator; people who may start the app, the current version as themselves (the predicted path while filling). Nothing is stored.',
      tag: 'apps',
      auth: 'user',
      body: 'SimulateRequest',
      response: 'Simulation',
    },
    async ({ c, body, principal }) => {
      const app = await loadApp(deps.db, principal, c.req.param('appId') ?? '')
      const source = body.source ?? 'current'
      if (source === 'draft') requireEdit(app)
      else requireUse(app)
      const definition = source === 'draft' ? app.draft : app.published
      if (!definition) throw fail.notFound('published version')
      const initiator = body.initiator ?? principal.userId
      if (initiator !== principal.userId) requireEdit(app)
      const directory = await loadDirectory(deps.db, principal.tenantId)
      const person = directory.users.find((user) => user.id === initiator)
      if (!person || person.active === false)
        throw fail.badRequest('unknown_user', `no active member ${initiator}`, '/initiator')
      const simulation = simulate(definition, directory, initiator, body.values, {
        at: deps.now().toISOString(),
        ...(body.selectedApprovers ? { selectedApprovers: body.selectedApprovers } : {}),
      })
      return c.json({
        source: source === 'draft' ? { draft: app.row.draft_revision } : { version: app.row.current_version },
        initiator,
        ...simulation,
        steps: readable(definition, directory, simulation.steps),
      })
    },
  )
}
