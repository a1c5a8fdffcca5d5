import type { ASTNode } from '@marcbachmann/cel-js'

/** A parsed CEL node as this package reads it; `checkedType` is set on nodes the type checker visited. */
export interface Node {
  op: string
  args: unknown
  checkedType?: { name: string }
}

export function asNode(ast: ASTNode): Node {
  return ast as unknown as Node
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'op' in value && 'args' in value
}

/** The direct child nodes of a node, whatever its operator. */
export function children(node: Node): Node[] {
  const found: Node[] = []
  const visit = (value: unknown): void => {
    if (isNode(value)) found.push(value)
    else if (Array.isArray(value)) for (const item of value) visit(item)
  }
  visit(node.args)
  return found
}

export function walk(node: Node, visit: (node: Node) => void): void {
  visit(node)
  for (const child of children(node)) walk(child, visit)
}

/** `receiver.name(args)` as [name, receiver, args], or undefined for other nodes. */
export function methodCall(node: Node): [string, Node, Node[]] | undefined {
  if (node.op !== 'rcall') return undefined
  return node.args as [string, Node, Node[]]
}

/** `name(args)` as [name, args], or undefined for other nodes. */
export function functionCall(node: Node): [string, Node[]] | undefined {
  if (node.op !== 'call') return undefined
  return node.args as [string, Node[]]
}

/** `left.name` as [left, name]. */
export function selection(node: Node): [Node, string] | undefined {
  if (node.op !== '.' && node.op !== '.?') return undefined
  return node.args as [Node, string]
}
