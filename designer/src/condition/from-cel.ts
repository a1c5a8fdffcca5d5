import { checkCondition } from '@signoff/expression'
import type { Condition, ConditionLiteral, FieldComparison, FormDefinition } from '@signoff/schemas'
import { type CelNode, parseCel } from './cel-syntax.ts'
import { type ConditionField, conditionFields } from './condition-fields.ts'
import type { Operator } from './operators.ts'
import { makeGroup } from './tree.ts'

type Op = Operator
const relationOps: Record<string, Op> = {
  '==': 'eq',
  '!=': 'ne',
  '>': 'gt',
  '>=': 'gte',
  '<': 'lt',
  '<=': 'lte',
}
const negations: Partial<Record<Op, Op>> = {
  eq: 'ne',
  in: 'notIn',
  contains: 'notContains',
  notEmpty: 'empty',
}

// The tests compileCondition guards with has(): positive ones with `has(x) &&`, negated ones with `!has(x) ||`.
const guarded: Record<'notEmpty' | 'empty', ReadonlySet<Op>> = {
  notEmpty: new Set(['eq', 'gt', 'gte', 'lt', 'lte', 'in', 'contains']),
  empty: new Set(['ne', 'notIn', 'notContains']),
}

class Unrepresentable extends Error {}

function flatten(node: CelNode, op: string): CelNode[] {
  return node.t === 'bin' && node.op === op ? [...flatten(node.l, op), ...flatten(node.r, op)] : [node]
}

/** Reads CEL back into the tree the visual builder edits; one reader per form. */
function reader(form: FormDefinition) {
  const fields = new Map(conditionFields(form).map((item) => [item.field.id, item]))
  const fieldOf = (node: CelNode | undefined): ConditionField => {
    const found =
      node?.t === 'member' && node.target.t === 'ident' && node.target.name === 'form'
        ? fields.get(node.name)
        : undefined
    if (!found) throw new Unrepresentable()
    return found
  }
  const literal = (node: CelNode | undefined, target: ConditionField): ConditionLiteral => {
    if (node?.t === 'lit')
      return typeof node.value === 'number' && target.shape === 'decimal' ? String(node.value) : node.value
    const [arg] = node?.t === 'call' ? node.args : []
    if (
      node?.t === 'call' &&
      !node.target &&
      ['decimal', 'timestamp'].includes(node.name) &&
      arg?.t === 'lit'
    )
      return String(arg.value)
    throw new Unrepresentable()
  }
  const literals = (node: CelNode | undefined, target: ConditionField) => {
    if (node?.t !== 'list') throw new Unrepresentable()
    return node.items.map((item) => literal(item, target))
  }
  const compare = (node: CelNode): FieldComparison => {
    if (node.t === 'not') {
      const inner = compare(node.x)
      const op = negations[inner.op]
      if (!op) throw new Unrepresentable()
      return { ...inner, op }
    }
    if (
      node.t === 'bin' &&
      (node.op === '==' || node.op === '>') &&
      node.l.t === 'call' &&
      node.l.name === 'size'
    ) {
      const target = fieldOf(node.l.args[0])
      if (node.r.t !== 'lit' || node.r.value !== 0) throw new Unrepresentable()
      return { field: target.field.id, op: node.op === '==' ? 'empty' : 'notEmpty' }
    }
    if (node.t === 'bin' && relationOps[node.op]) {
      const target = fieldOf(node.l)
      return { field: target.field.id, op: relationOps[node.op] as Op, value: literal(node.r, target) }
    }
    if (node.t === 'bin' && node.op === 'in') {
      const target = fieldOf(node.l)
      return { field: target.field.id, op: 'in', value: literals(node.r, target) }
    }
    if (node.t === 'call' && node.name === 'has' && !node.target)
      return { field: fieldOf(node.args[0]).field.id, op: 'notEmpty' }
    if (node.t === 'call' && node.name === 'contains' && node.target) {
      const target = fieldOf(node.target)
      return { field: target.field.id, op: 'contains', value: literal(node.args[0], target) }
    }
    // Multi-value fields: `ref.exists(v, v in [..])` is "in", `[..].all(v, v in ref)` is "contains".
    const [name, test] = node.t === 'call' ? node.args : []
    const bound = name?.t === 'ident' && test?.t === 'bin' && test.op === 'in' && test.l.t === 'ident'
    if (node.t === 'call' && node.name === 'exists' && bound && test.t === 'bin') {
      const target = fieldOf(node.target)
      return { field: target.field.id, op: 'in', value: literals(test.r, target) }
    }
    if (node.t === 'call' && node.name === 'all' && bound && test.t === 'bin') {
      const target = fieldOf(test.r)
      return { field: target.field.id, op: 'contains', value: literals(node.target, target) }
    }
    throw new Unrepresentable()
  }
  /** `has(x) && x > 1` reads as `x > 1`, and `!has(x) || x != 1` as `x != 1`: the guards compileCondition adds. */
  // Only a has() call is a guard: `size(x) > 0` is the owner's own "not empty" test and stays.
  const isHas = (node: CelNode | undefined) => node?.t === 'call' && node.name === 'has' && !node.target
  const isGuardNode = (node: CelNode | undefined, guard: keyof typeof guarded) =>
    guard === 'notEmpty' ? isHas(node) : node?.t === 'not' && isHas(node.x)
  const unguard = (nodes: CelNode[], items: Condition[], guard: keyof typeof guarded): Condition[] =>
    items.filter((item, index) => {
      const next = items[index + 1]
      const guards = 'field' in item && item.op === guard && isGuardNode(nodes[index], guard)
      return !(guards && next && 'field' in next && next.field === item.field && guarded[guard].has(next.op))
    })
  const read = (node: CelNode): Condition => {
    for (const [op, key, guard] of [
      ['&&', 'all', 'notEmpty'],
      ['||', 'any', 'empty'],
    ] as const) {
      if (node.t !== 'bin' || node.op !== op) continue
      const nodes = flatten(node, op)
      const parts = unguard(nodes, nodes.map(read), guard)
      const [only] = parts
      return parts.length === 1 && only ? only : makeGroup(key, parts)
    }
    return compare(node)
  }
  return read
}

/**
 * The structured condition a CEL text stands for, when it is made only of what the visual builder
 * offers and type-checks as such; undefined when it must stay CEL.
 */
export function celToCondition(source: string, form: FormDefinition): Condition | undefined {
  const syntax = parseCel(source)
  if (!syntax) return undefined
  try {
    const condition = reader(form)(syntax)
    return checkCondition(condition, form).length === 0 ? condition : undefined
  } catch (error) {
    if (error instanceof Unrepresentable) return undefined
    throw error
  }
}
