import type { AppDefinition } from '@signoff/schemas'

/**
 * Ways an owner (or a careless edit of the JSON) breaks a definition, each with the JSON Pointer the
 * validator must name. `undefined` when the corruption does not apply to this app.
 */
export type Corruption = (app: AppDefinition) => { app: AppDefinition; path: string } | undefined

const clone = (app: AppDefinition) => structuredClone(app)

export const corruptions: Record<string, Corruption> = {
  'remove the start node': (original) => {
    const app = clone(original)
    app.flow.nodes = app.flow.nodes.filter((node) => node.kind !== 'start')
    return { app, path: '/flow/nodes' }
  },
  'add a dangling edge': (original) => {
    const app = clone(original)
    const from = app.flow.nodes.find((node) => node.kind === 'start')
    if (!from) return undefined
    app.flow.edges.push({ id: 'dangling', source: from.id, target: 'ghostNode' })
    return { app, path: `/flow/edges/${app.flow.edges.length - 1}/target` }
  },
  'reference a missing field': (original) => {
    const app = clone(original)
    const index = app.flow.nodes.findIndex((node) => node.kind === 'condition')
    const node = app.flow.nodes[index]
    if (node?.kind === 'condition') {
      const b = node.branches.findIndex((branch) => branch.condition && 'field' in branch.condition)
      const condition = node.branches[b]?.condition
      if (condition && 'field' in condition) {
        condition.field = 'ghostField'
        return { app, path: `/flow/nodes/${index}/branches/${b}/condition/field` }
      }
    }
    const approval = app.flow.nodes.findIndex((n) => n.kind === 'approval')
    const target = app.flow.nodes[approval]
    if (target?.kind !== 'approval') return undefined
    target.fieldPermissions = { ...target.fieldPermissions, ghostField: 'read' }
    return { app, path: `/flow/nodes/${approval}/fieldPermissions/ghostField` }
  },
  'drop a default branch': (original) => {
    const app = clone(original)
    const index = app.flow.nodes.findIndex((node) => node.kind === 'condition')
    const node = app.flow.nodes[index]
    if (node?.kind !== 'condition') return undefined
    const fallback = node.branches.find((branch) => branch.default)
    if (!fallback) return undefined
    node.branches = node.branches.filter((branch) => branch !== fallback)
    app.flow.edges = app.flow.edges.filter(
      (edge) => !(edge.source === node.id && edge.branch === fallback.id),
    )
    return { app, path: `/flow/nodes/${index}/branches` }
  },
}
