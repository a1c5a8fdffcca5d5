import type { AppDefinition } from '@signoff/schemas'
import { propertyChanges } from './compare.ts'
import { diffEdges } from './edges.ts'
import { diffFields } from './fields.ts'
import { diffNodes } from './nodes.ts'
import { summarize } from './summary.ts'
import type { AppDiff } from './types.ts'

/** What changed between two versions of an app, matched by id, with sentences for the owner. */
export function diffApps(before: AppDefinition, after: AppDefinition): AppDiff {
  const app = [
    ...propertyChanges(before, after, ['form', 'flow', 'settings']),
    ...propertyChanges(before.form, after.form, ['fields']),
  ]
  const fields = diffFields(before, after)
  const nodes = diffNodes(before, after)
  const edges = diffEdges(before, after)
  const settings = propertyChanges(before.settings, after.settings)
  const behaviour = [
    app,
    fields.added,
    fields.removed,
    fields.changed,
    nodes.added,
    nodes.removed,
    nodes.changed,
    edges.added,
    edges.removed,
    edges.changed,
    settings,
  ]
  const layoutOnly = nodes.repositioned.length > 0 && behaviour.every((list) => list.length === 0)
  const diff = { app, fields, nodes, edges, settings, layoutOnly }
  return { ...diff, summary: summarize(diff) }
}
