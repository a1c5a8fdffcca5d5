import type { Environment, ParseResult } from '@marcbachmann/cel-js'
import { Decimal } from '@signoff/decimal'
import { asNode, type Node, walk } from './ast.ts'
import { assertBoundedCost } from './cost.ts'
import { ExpressionError, toExpressionError } from './errors.ts'
import { limits } from './limits.ts'

/** A parsed, type-checked and cost-checked expression. */
export interface Compiled {
  source: string
  /** CEL type of the result, e.g. "bool", "decimal", "string". */
  type: string
  root: Node
  run(context: Record<string, unknown>): unknown
}

// Every number literal with a point becomes an exact decimal before type checking, so 0.1 + 0.2 == 0.3 holds
// and `form.total > 5000.01` compares exactly; Decimal.parse takes a JS number by its shortest text.
function exactLiterals(root: Node): void {
  walk(root, (node) => {
    if (node.op !== 'value' || typeof node.args !== 'number') return
    try {
      node.args = Decimal.parse(node.args)
    } catch {
      throw new ExpressionError('parse', `the number ${node.args} is out of range`)
    }
  })
}

// Keys that name the JavaScript machinery behind a value. Evaluation never reaches it (the sandbox tests
// that), but `dyn()` hides the key from the type checker, so they are refused by name as well.
const machineryKeys = new Set([
  '__proto__',
  'prototype',
  'constructor',
  ...Object.getOwnPropertyNames(Object.prototype),
])

function refuseMachineryKeys(root: Node): void {
  walk(root, (node) => {
    const args = node.args as unknown[]
    const key =
      node.op === '[]' || node.op === '[?]'
        ? (args[1] as Node | undefined)?.op === 'value'
          ? (args[1] as Node).args
          : undefined
        : node.op === '.' || node.op === '.?'
          ? args[1]
          : undefined
    if (typeof key === 'string' && machineryKeys.has(key))
      throw new ExpressionError('type', `"${key}" cannot be used as a key or field name`)
  })
}

const caches = new WeakMap<Environment, Map<string, Compiled | ExpressionError>>()
const cacheSize = 500

function build(env: Environment, source: string, generated: boolean): Compiled {
  if (!generated && source.length > limits.sourceLength) {
    throw new ExpressionError('limit', `the expression is longer than ${limits.sourceLength} characters`)
  }
  let parsed: ParseResult
  try {
    parsed = env.parse(source)
  } catch (error) {
    throw toExpressionError(error)
  }
  refuseMachineryKeys(asNode(parsed.ast))
  exactLiterals(asNode(parsed.ast))
  const checked = parsed.check()
  if (!checked.valid) {
    const error = toExpressionError(checked.error)
    throw error.code === 'parse' || error.code === 'limit'
      ? error
      : new ExpressionError('type', error.message, false, error.position)
  }
  const root = asNode(parsed.ast)
  assertBoundedCost(root)
  return {
    source,
    type: checked.type ?? 'dyn',
    root,
    run(context) {
      try {
        return parsed(context)
      } catch (error) {
        throw toExpressionError(error)
      }
    },
  }
}

/**
 * Compiles once per environment and source; failures are remembered too. `generated` is for CEL compiled from
 * a structured condition, whose size the condition schema bounds instead of the source-length limit.
 */
export function compile(env: Environment, source: string, generated = false): Compiled {
  const cache = caches.get(env) ?? new Map<string, Compiled | ExpressionError>()
  caches.set(env, cache)
  const key = generated ? `generated:${source}` : source
  let entry = cache.get(key)
  if (!entry) {
    try {
      entry = build(env, source, generated)
    } catch (error) {
      entry = toExpressionError(error)
    }
    if (cache.size >= cacheSize) cache.clear()
    cache.set(key, entry)
  }
  if (entry instanceof ExpressionError) throw entry
  return entry
}
