import { children, functionCall, methodCall, type Node } from './ast.ts'
import { ExpressionError } from './errors.ts'
import { limits } from './limits.ts'

/** Upper bounds for one expression: longest list and string its value can hold, and evaluation steps. */
interface Bound {
  list: number
  text: number
  cost: number
}

const comprehensions = new Set(['all', 'exists', 'exists_one', 'map', 'filter'])
// JS regular expressions can backtrack for exponential time on a short input, and cannot be interrupted.
const unavailable = new Map([
  ['matches', 'matches() is not available: regular expressions are not supported'],
])
const input: Bound = { list: limits.listItems, text: limits.stringLength, cost: 1 }
const cap = (n: number) => Math.min(n, Number.MAX_SAFE_INTEGER)
// Native string work (compare, search, copy) is far cheaper per character than one interpreted step.
const textWork = (characters: number) => Math.ceil(characters / 100)

function typeName(node: Node): string {
  return node.checkedType?.name ?? 'dyn'
}

function combine(parts: Bound[], extra = 1): Bound {
  return {
    list: Math.max(0, ...parts.map((p) => p.list)),
    text: Math.max(0, ...parts.map((p) => p.text)),
    cost: cap(parts.reduce((sum, p) => sum + p.cost, extra)),
  }
}

// A function touches each character and item of its arguments about once; a string or list it returns
// can be as long as all of them together (join, split, concatenation).
function callBound(parts: Bound[], node: Node): Bound {
  const all = combine(parts)
  const work = parts.reduce((sum, p) => sum + p.list + textWork(p.text), 0)
  const type = typeName(node)
  const text = type === 'string' ? cap(parts.reduce((sum, p) => sum + p.text, 0) * Math.max(1, all.list)) : 0
  const list = type.startsWith('list') ? cap(parts.reduce((sum, p) => sum + p.list + p.text, 0)) : all.list
  return { list, text: Math.max(text, all.text), cost: cap(all.cost + work + textWork(text)) }
}

const scalars = new Set([
  'int',
  'uint',
  'double',
  'bool',
  'decimal',
  'null_type',
  'type',
  'google.protobuf.Timestamp',
])

// The checked type narrows a bound: an int holds no list, a string no list, a list of ints no long string.
function estimate(node: Node, scope: ReadonlyMap<string, Bound>): Bound {
  const bound = estimateUnchecked(node, scope)
  const type = typeName(node)
  if (scalars.has(type)) return { list: 0, text: 0, cost: bound.cost }
  if (type === 'string' || type === 'bytes') return { ...bound, list: 0 }
  return bound
}

function estimateUnchecked(node: Node, scope: ReadonlyMap<string, Bound>): Bound {
  const method = methodCall(node)
  if (method) {
    const [name, receiver, args] = method
    const unavailableMessage = unavailable.get(name)
    if (unavailableMessage) throw new ExpressionError('type', unavailableMessage)
    const variable = args[0]?.op === 'id' ? (args[0].args as string) : undefined
    if (variable && comprehensions.has(name)) {
      const range = estimate(receiver, scope)
      const inner = new Map(scope).set(variable, { ...range, cost: 1 })
      const body = combine(args.slice(1).map((arg) => estimate(arg, inner)))
      const cost = cap(range.cost + range.list * (body.cost + 1))
      if (name === 'map') return { list: Math.max(range.list, body.list), text: body.text, cost }
      return name === 'filter' ? { ...range, cost } : { list: 0, text: 0, cost }
    }
    if (variable && name === 'bind' && receiver.op === 'id' && args.length === 3 && args[1] && args[2]) {
      const value = estimate(args[1], scope)
      const body = estimate(args[2], new Map(scope).set(variable, { ...value, cost: 1 }))
      return { ...body, cost: cap(value.cost + body.cost) }
    }
    return callBound(
      [receiver, ...args].map((arg) => estimate(arg, scope)),
      node,
    )
  }
  const call = functionCall(node)
  if (call) {
    if (call[0] === 'has') return { list: 0, text: 0, cost: 2 }
    return callBound(
      call[1].map((arg) => estimate(arg, scope)),
      node,
    )
  }
  if (node.op === 'id') return scope.get(node.args as string) ?? input
  if (node.op === 'value') {
    const value = node.args
    const text = typeof value === 'string' || value instanceof Uint8Array ? value.length : 0
    return { list: 0, text, cost: 1 }
  }
  const parts = children(node).map((child) => estimate(child, scope))
  const all = combine(parts)
  if (node.op === 'list' || node.op === 'map') return { ...all, list: Math.max(all.list, parts.length) }
  if (node.op === '+') {
    const type = typeName(node)
    if (type === 'string') {
      const text = cap(parts.reduce((sum, p) => sum + p.text, 0))
      return { ...all, text, cost: cap(all.cost + textWork(text)) }
    }
    if (type.startsWith('list')) {
      const list = cap(parts.reduce((sum, p) => sum + p.list, 0))
      return { ...all, list, cost: cap(all.cost + list) }
    }
  }
  if (node.op === '==' || node.op === '!=' || node.op === 'in')
    return { ...all, cost: cap(all.cost + all.list + textWork(all.text)) }
  return all
}

/** Refuses expressions whose worst-case evaluation is too long, and functions that cannot be bounded. */
export function assertBoundedCost(root: Node): void {
  const { cost } = estimate(root, new Map())
  if (cost > limits.cost) {
    throw new ExpressionError(
      'limit',
      `the expression could take about ${cost.toExponential(1)} steps on the largest inputs (limit ${limits.cost})`,
    )
  }
}
