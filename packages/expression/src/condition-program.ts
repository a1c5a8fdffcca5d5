import type { Condition, FormDefinition } from '@signoff/schemas'
import { checkCondition } from './check.ts'
import { type Compiled, compile } from './compile.ts'
import { translateCondition } from './compile-condition.ts'
import { formEnvironment } from './environment.ts'
import { ExpressionError, type ExpressionErrorCode } from './errors.ts'

const issueCodes: Record<string, ExpressionErrorCode> = {
  'expression.parse': 'parse',
  'expression.limit': 'limit',
  'expression.eval': 'eval',
}

function build(condition: Condition, form: FormDefinition): Compiled {
  const [issue] = checkCondition(condition, form)
  if (issue)
    throw new ExpressionError(issueCodes[issue.code] ?? 'type', `${issue.path || '/'}: ${issue.message}`)
  const { env, model } = formEnvironment(form)
  return compile(
    env,
    translateCondition(condition, model, '', () => {}),
    true,
  )
}

// Per form object (as its environment is), then per condition by content: a condition object edited in
// place (the designer) is a new key, so it is never served the program of what it said before.
const programs = new WeakMap<FormDefinition, Map<string, Compiled | ExpressionError>>()
const perForm = 500

/**
 * The checked and compiled program of a condition on a form; a condition that does not check throws its
 * first issue as an ExpressionError, every time. Checking parses each CEL part twice and translating walks
 * the form, so both are done once per condition instead of once per evaluation.
 */
export function conditionProgram(condition: Condition, form: FormDefinition): Compiled {
  let cache = programs.get(form)
  if (!cache) {
    cache = new Map()
    programs.set(form, cache)
  }
  const key = JSON.stringify(condition)
  let entry = cache.get(key)
  if (!entry) {
    try {
      entry = build(condition, form)
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error
      entry = error
    }
    if (cache.size >= perForm) cache.clear()
    cache.set(key, entry)
  }
  if (entry instanceof ExpressionError) throw entry
  return entry
}
