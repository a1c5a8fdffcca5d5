import type { AllCondition, AnyCondition, Condition } from '@signoff/schemas'

export type Join = 'all' | 'any'
export type Group = AllCondition | AnyCondition
/** A test: a field comparison, an initiator test, raw CEL or a negation. */
export type Leaf = Exclude<Condition, Group>
/** Indices from the root group down to an item. */
export type Path = readonly number[]

export const isGroup = (c: Condition): c is Group => 'all' in c || 'any' in c
export const joinOf = (group: Group): Join => ('all' in group ? 'all' : 'any')
export const itemsOf = (group: Group): Condition[] => ('all' in group ? group.all : group.any)

export function makeGroup(join: Join, items: Condition[]): Group {
  return join === 'all' ? { all: items } : { any: items }
}

/** The root the visual builder edits is always a group; a single test becomes a group of one. */
export function rootGroup(value: Condition | undefined): Group {
  if (!value) return { all: [] }
  return isGroup(value) ? value : { all: [value] }
}

function edit(group: Group, path: Path, change: (item: Condition) => Condition | undefined): Group {
  const [index, ...rest] = path
  if (index === undefined) return group
  const items = itemsOf(group).flatMap((item, at) => {
    if (at !== index) return [item]
    const next = rest.length === 0 ? change(item) : isGroup(item) ? edit(item, rest, change) : item
    return next ? [next] : []
  })
  return makeGroup(joinOf(group), items)
}

function groupAt(root: Group, path: Path, change: (group: Group) => Group): Group {
  if (path.length === 0) return change(root)
  return edit(root, path, (item) => (isGroup(item) ? change(item) : item))
}

export function replaceAt(root: Group, path: Path, item: Condition): Group {
  return edit(root, path, () => item)
}

export function removeAt(root: Group, path: Path): Group {
  return edit(root, path, () => undefined)
}

export function appendTo(root: Group, groupPath: Path, item: Condition): Group {
  return groupAt(root, groupPath, (group) => makeGroup(joinOf(group), [...itemsOf(group), item]))
}

export function setJoin(root: Group, groupPath: Path, join: Join): Group {
  return groupAt(root, groupPath, (group) => makeGroup(join, itemsOf(group)))
}

/** What the builder stores for its root: pruned, and a group of one test stored as that test. */
export function toStored(root: Group): Condition | undefined {
  const stored = prune(root)
  if (!stored || !isGroup(stored)) return stored
  const items = itemsOf(stored)
  return items.length === 1 && items[0] && !isGroup(items[0]) ? items[0] : stored
}

/**
 * The condition to store: groups left empty and initiator tests without a value are dropped (the schema
 * refuses both), and nothing at all is undefined, which removes the property.
 */
export function prune(condition: Condition): Condition | undefined {
  if (isGroup(condition)) {
    const items = itemsOf(condition).flatMap((item) => prune(item) ?? [])
    return items.length ? makeGroup(joinOf(condition), items) : undefined
  }
  if ('not' in condition) {
    const inner = prune(condition.not)
    return inner ? { not: inner } : undefined
  }
  if ('initiator' in condition && condition.value.length === 0) return undefined
  if ('cel' in condition && condition.cel.trim() === '') return undefined
  return condition
}
