import type { AppDefinition, ApproverRule, Condition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { templates } from './templates.ts'
import { tenantDirectories } from './tenant-directories.ts'

interface FieldLike {
  id: string
  type: string
  children?: FieldLike[]
  columns?: FieldLike[]
}

// Layout children share the form's namespace; a table's columns form their own.
function topLevelFields(fields: readonly FieldLike[]): FieldLike[] {
  return fields.flatMap((field) => [field, ...topLevelFields(field.children ?? [])])
}

function fieldsOf(app: AppDefinition): FieldLike[] {
  return topLevelFields(app.form.fields as FieldLike[])
}

function rulesOf(app: AppDefinition): ApproverRule[] {
  return app.flow.nodes.flatMap((node) => [
    ...('approvers' in node ? node.approvers : []),
    ...('handlers' in node ? node.handlers : []),
    ...('recipients' in node ? node.recipients : []),
  ])
}

function conditionsOf(app: AppDefinition): Condition[] {
  const fromFields = fieldsOf(app).flatMap((f) => {
    const field = f as FieldLike & { visibleWhen?: Condition; requiredWhen?: Condition }
    return [field.visibleWhen, field.requiredWhen].filter((c): c is Condition => c !== undefined)
  })
  const fromBranches = app.flow.nodes.flatMap((node) =>
    'branches' in node ? node.branches.flatMap((b) => (b.condition ? [b.condition] : [])) : [],
  )
  return [...fromFields, ...fromBranches]
}

function leaves(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all.flatMap(leaves)
  if ('any' in condition) return condition.any.flatMap(leaves)
  if ('not' in condition) return leaves(condition.not)
  return [condition]
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index)
}

describe.each(templates)('$key references', ({ app, tenant }) => {
  const fieldIds = fieldsOf(app).map((f) => f.id)
  const nodeIds = app.flow.nodes.map((n) => n.id)

  it('has unique field, column, node, edge and branch ids', () => {
    expect(duplicates(fieldIds)).toEqual([])
    for (const table of fieldsOf(app).filter((f) => f.columns)) {
      expect(duplicates((table.columns ?? []).map((c) => c.id))).toEqual([])
    }
    expect(duplicates(nodeIds)).toEqual([])
    expect(duplicates(app.flow.edges.map((e) => e.id))).toEqual([])
    for (const node of app.flow.nodes) {
      if ('branches' in node) expect(duplicates(node.branches.map((b) => b.id))).toEqual([])
    }
  })

  it('asks only for roles that exist in its directory', () => {
    const roleIds = new Set(tenantDirectories[tenant].roles.map((r) => r.id))
    const used = rulesOf(app).flatMap((rule) => (rule.type === 'roles' ? rule.roles : []))
    const tested = conditionsOf(app)
      .flatMap(leaves)
      .flatMap((c) => ('initiator' in c && c.initiator === 'role' ? c.value : []))
    expect(used.length).toBeGreaterThan(0)
    expect([...used, ...tested].filter((role) => !roleIds.has(role))).toEqual([])
  })

  it('points member rules, conditions and field permissions at fields of the form', () => {
    const memberFields = rulesOf(app).flatMap((rule) => (rule.type === 'memberField' ? [rule.field] : []))
    const conditionFields = conditionsOf(app)
      .flatMap(leaves)
      .flatMap((c) => ('field' in c ? [c.field] : []))
    const permissionFields = app.flow.nodes.flatMap((node) =>
      'fieldPermissions' in node ? Object.keys(node.fieldPermissions ?? {}) : [],
    )
    const known = new Set(fieldIds)
    expect([...memberFields, ...conditionFields, ...permissionFields].filter((id) => !known.has(id))).toEqual(
      [],
    )
  })

  it('connects every edge to existing nodes and every condition branch to exactly one edge', () => {
    const known = new Set(nodeIds)
    expect(app.flow.edges.filter((e) => !known.has(e.source) || !known.has(e.target))).toEqual([])
    for (const node of app.flow.nodes) {
      if (!('branches' in node)) continue
      const leaving = app.flow.edges.filter((e) => e.source === node.id).map((e) => e.branch)
      expect(leaving.toSorted()).toEqual(node.branches.map((b) => b.id).toSorted())
      expect(node.branches.filter((b) => b.default)).toHaveLength(1)
    }
  })

  it('lets only handler steps edit, and only fields the initiator does not fill', () => {
    const permissions = (kind: string) =>
      app.flow.nodes
        .filter((node) => node.kind === kind)
        .flatMap((node) => Object.entries(('fieldPermissions' in node && node.fieldPermissions) || {}))
    const hiddenAtStart = permissions('start').flatMap(([id, access]) => (access === 'hidden' ? [id] : []))
    const editedLater = app.flow.nodes
      .filter((node) => node.kind !== 'start')
      .flatMap((node) => Object.entries(('fieldPermissions' in node && node.fieldPermissions) || {}))
      .flatMap(([id, access]) => (access === 'edit' ? [id] : []))
    expect(permissions('approval').filter(([, access]) => access === 'edit')).toEqual([])
    expect(editedLater.filter((id) => !hiddenAtStart.includes(id))).toEqual([])
  })
})
