import { Environment } from '@marcbachmann/cel-js'
import type { Condition, FormDefinition } from '@signoff/schemas'
import { asNode, children, methodCall, type Node, selection } from './ast.ts'
import { limits } from './limits.ts'

// Reading references needs only the syntax tree, so an expression naming a missing field still yields it.
const parser = new Environment({
  unlistedVariablesAreDyn: true,
  limits: { maxAstNodes: limits.astNodes, maxDepth: limits.depth },
})
const comprehensions = new Set(['all', 'exists', 'exists_one', 'map', 'filter'])

/** The table a node reads, when it is `form.<table>`. */
function tableOf(node: Node): string | undefined {
  const selected = selection(node)
  return selected && selected[0].op === 'id' && selected[0].args === 'form' ? selected[1] : undefined
}

function collect(node: Node, rowVariables: ReadonlyMap<string, string>, found: Set<string>): void {
  const selected = selection(node)
  if (selected && selected[0].op === 'id') {
    const name = selected[0].args as string
    if (name === 'form' || rowVariables.has(name)) found.add(selected[1])
  }
  if (node.op === '[]') {
    const [left, key] = node.args as [Node, Node]
    if (left.op === 'id' && left.args === 'form' && key.op === 'value' && typeof key.args === 'string')
      found.add(key.args)
  }
  const method = methodCall(node)
  const variable = method?.[2][0]
  const table = method && tableOf(method[1])
  if (method && comprehensions.has(method[0]) && variable?.op === 'id' && table) {
    const inner = new Map(rowVariables).set(variable.args as string, table)
    collect(method[1], rowVariables, found)
    for (const arg of method[2].slice(1)) collect(arg, inner, found)
    return
  }
  for (const child of children(node)) collect(child, rowVariables, found)
}

/** Field ids an expression reads: `form.x`, `form["x"]`, and columns read through `row` or a row variable. */
export function sourceReferences(source: string): string[] {
  if (source.length > limits.sourceLength) return []
  let root: Node
  try {
    root = asNode(parser.parse(source).ast)
  } catch {
    return []
  }
  const found = new Set<string>()
  collect(root, new Map([['row', '']]), found)
  return [...found]
}

/** Field ids a CEL source or a condition tree reads, in order of first appearance. */
export function referencedFields(input: string | Condition, _form?: FormDefinition): string[] {
  if (typeof input === 'string') return sourceReferences(input)
  const found = new Set<string>()
  const visit = (condition: Condition): void => {
    if ('all' in condition) condition.all.forEach(visit)
    else if ('any' in condition) condition.any.forEach(visit)
    else if ('not' in condition) visit(condition.not)
    else if ('cel' in condition) for (const id of sourceReferences(condition.cel)) found.add(id)
    else if ('field' in condition) found.add(condition.field)
  }
  visit(input)
  return [...found]
}
