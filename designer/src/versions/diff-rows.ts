import type { AppDiff, PropertyChange } from '@signoff/analysis'
import type { I18NText } from '@signoff/schemas'

export type DiffChange = 'added' | 'removed' | 'changed' | 'moved'
export type DiffSubject = 'app' | 'field' | 'node' | 'edge' | 'setting'

/** One line of the visual diff: what changed, how, and (for changes) each property before and after. */
export interface DiffRow {
  key: string
  subject: DiffSubject
  change: DiffChange
  /** A field's label or a node's name; edges and settings name themselves by id. */
  title: I18NText | string
  /** A field's type or a node's kind, for the tag beside the title. */
  kind?: string
  /** Where it is in the later version (JSON Pointer), to select it in the designer. */
  path?: string
  properties: PropertyChange[]
}

const edgeTitle = (edge: { source: string; target: string; branch?: string }) =>
  `${edge.source} → ${edge.target}${edge.branch ? ` (${edge.branch})` : ''}`

/** The diff as rows in reading order: app, fields, nodes, edges, settings; within each added, removed, changed. */
export function diffRows(diff: AppDiff): DiffRow[] {
  const rows: DiffRow[] = []
  const properties = (subject: DiffSubject, list: PropertyChange[]) => {
    for (const change of list)
      rows.push({
        key: `${subject}:${change.property}`,
        subject,
        change: change.before === undefined ? 'added' : change.after === undefined ? 'removed' : 'changed',
        title: change.property,
        properties: [change],
      })
  }
  properties('app', diff.app)
  for (const [subject, part] of [
    ['field', diff.fields],
    ['node', diff.nodes],
  ] as const) {
    const named = (ref: { id: string; path: string } & ({ label: I18NText } | { name: I18NText })) =>
      'label' in ref ? ref.label : ref.name
    const kindOf = (ref: { type?: string; kind?: string }) => ref.type ?? ref.kind
    for (const ref of part.added)
      rows.push({
        key: `${subject}+${ref.id}`,
        subject,
        change: 'added',
        title: named(ref),
        kind: kindOf(ref),
        path: ref.path,
        properties: [],
      })
    for (const ref of part.removed)
      rows.push({
        key: `${subject}-${ref.id}`,
        subject,
        change: 'removed',
        title: named(ref),
        kind: kindOf(ref),
        path: ref.path,
        properties: [],
      })
    for (const ref of part.changed)
      rows.push({
        key: `${subject}~${ref.id}`,
        subject,
        change: 'changed',
        title: named(ref),
        kind: kindOf(ref),
        path: ref.path,
        properties: ref.changes,
      })
  }
  for (const ref of diff.nodes.repositioned)
    rows.push({
      key: `node>${ref.id}`,
      subject: 'node',
      change: 'moved',
      title: ref.name,
      kind: ref.kind,
      path: ref.path,
      properties: [],
    })
  for (const edge of diff.edges.added)
    rows.push({
      key: `edge+${edge.id}`,
      subject: 'edge',
      change: 'added',
      title: edgeTitle(edge),
      properties: [],
    })
  for (const edge of diff.edges.removed)
    rows.push({
      key: `edge-${edge.id}`,
      subject: 'edge',
      change: 'removed',
      title: edgeTitle(edge),
      properties: [],
    })
  for (const edge of diff.edges.changed)
    rows.push({
      key: `edge~${edge.after.id}`,
      subject: 'edge',
      change: 'changed',
      title: edgeTitle(edge.after),
      properties: edge.changes,
    })
  properties('setting', diff.settings)
  return rows
}
