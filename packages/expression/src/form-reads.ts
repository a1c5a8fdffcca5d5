import { children, type Node, selection } from './ast.ts'
import type { Compiled } from './compile.ts'

const isForm = (node: Node) => node.op === 'id' && node.args === 'form'

/**
 * The top-level fields an expression reads from `form` (`form.x`, `form["x"]`), or undefined when it
 * uses `form` any other way (as a whole, or with a computed key), which may read every field.
 */
export function formReads(root: Node): ReadonlySet<string> | undefined {
  const found = new Set<string>()
  let whole = false
  const visit = (node: Node): void => {
    if (whole) return
    const selected = selection(node)
    if (selected && isForm(selected[0])) {
      found.add(selected[1])
      return
    }
    if (node.op === '[]' || node.op === '[?]') {
      const [left, key] = node.args as [Node, Node]
      if (isForm(left)) {
        if (key.op === 'value' && typeof key.args === 'string') found.add(key.args)
        else whole = true
        return
      }
    }
    // `form` in any other place, a comprehension variable of that name included: assume it all is read.
    if (isForm(node)) {
      whole = true
      return
    }
    for (const child of children(node)) visit(child)
  }
  visit(root)
  return whole ? undefined : found
}

const reads = new WeakMap<Compiled, ReadonlySet<string> | null>()

/** formReads of a compiled program, worked out once per program. */
export function programReads(program: Compiled): ReadonlySet<string> | undefined {
  let found = reads.get(program)
  if (found === undefined) {
    found = formReads(program.root) ?? null
    reads.set(program, found)
  }
  return found ?? undefined
}
