export interface TreeItem {
  id: string
  parentId: string | null
}

export type TreeNode<T> = T & { children: TreeNode<T>[] }

/** Nests a flat department list; items whose parent is missing become roots. */
export function buildTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map(items.map((item) => [item.id, { ...item, children: [] as TreeNode<T>[] }]))
  const roots: TreeNode<T>[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** Whether making `parentId` the parent of `id` would put `id` above itself. */
export function wouldCycle(items: readonly TreeItem[], id: string, parentId: string | null): boolean {
  const parents = new Map(items.map((item) => [item.id, item.parentId]))
  const seen = new Set<string>()
  let current = parentId
  while (current !== null && !seen.has(current)) {
    if (current === id) return true
    seen.add(current)
    current = parents.get(current) ?? null
  }
  return false
}
