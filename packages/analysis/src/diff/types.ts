import type { FlowEdge, I18NText } from '@signoff/schemas'

/** One top-level property of a field, node, edge or the settings that differs. undefined: absent. */
export interface PropertyChange {
  property: string
  before: unknown
  after: unknown
}

export interface FieldRef {
  id: string
  type: string
  label: I18NText
  /** JSON Pointer of the field in the version it exists in (for a change: the later one). */
  path: string
}

export interface FieldChange extends FieldRef {
  changes: PropertyChange[]
}

export interface NodeRef {
  id: string
  kind: string
  name: I18NText
  path: string
}

export interface NodeChange extends NodeRef {
  changes: PropertyChange[]
}

export interface EdgeChange {
  before: FlowEdge
  after: FlowEdge
  changes: PropertyChange[]
}

export interface AppDiff {
  /** App metadata and form-level properties: key, name, description, icon, category, titleTemplate. */
  app: PropertyChange[]
  fields: { added: FieldRef[]; removed: FieldRef[]; changed: FieldChange[] }
  nodes: {
    added: NodeRef[]
    removed: NodeRef[]
    changed: NodeChange[]
    /** Nodes dragged to another place on the canvas; this alone changes nothing about how the flow runs. */
    repositioned: NodeRef[]
  }
  edges: { added: FlowEdge[]; removed: FlowEdge[]; changed: EdgeChange[] }
  settings: PropertyChange[]
  /** True when the versions differ only in node positions. */
  layoutOnly: boolean
  summary: { en: string[]; zh: string[] }
}
