import type { Environment } from '@marcbachmann/cel-js'
import type { Condition, Field, FormDefinition } from '@signoff/schemas'
import { compile } from './compile.ts'
import { fieldName, translateCondition } from './compile-condition.ts'
import { formEnvironment } from './environment.ts'
import { ExpressionError } from './errors.ts'
import { props } from './field-props.ts'
import { formModel, locateField } from './form-model.ts'
import { planFormulas } from './formula-graph.ts'
import { resultSpec } from './formula-result.ts'
import {
  type BilingualIssue,
  celTypeZh,
  expressionErrorZh,
  fieldNameZh,
  resultTypeZh,
} from './messages-zh.ts'
import { sourceReferences } from './references.ts'

function issueFrom(error: unknown, path: string, env: Environment): BilingualIssue {
  const expressionError =
    error instanceof ExpressionError ? error : new ExpressionError('type', String(error))
  const { code, message } = expressionError
  return { code: `expression.${code}`, message, messageZh: expressionErrorZh(expressionError, env), path }
}

function describeType(type: string): string {
  const names: Record<string, string> = {
    bool: 'true/false',
    decimal: 'a number',
    int: 'a whole number',
    string: 'text',
  }
  return names[type] ?? type
}

function checkIn(
  env: Environment,
  source: string,
  form: FormDefinition,
  expected: readonly string[] | undefined,
  path: string,
  /** What the owner calls the expected result, e.g. 金额 for a money formula; else the CEL types in Chinese. */
  expectedZh?: string,
): BilingualIssue[] {
  const model = formModel(form)
  const unknown = sourceReferences(source).filter((id) => !locateField(model, id))
  const issues: BilingualIssue[] = unknown.map((id) => ({
    code: 'expression.unknownField',
    message: `there is no field "${id}" in this form`,
    messageZh: `表单中没有字段“${id}”`,
    path,
  }))
  try {
    const compiled = compile(env, source)
    if (expected && !expected.includes(compiled.type) && compiled.type !== 'dyn') {
      const message = `the expression gives ${describeType(compiled.type)}, but ${expected.map(describeType).join(' or ')} is needed`
      const needed = expectedZh ?? [...new Set(expected.map(celTypeZh))].join('或')
      const messageZh = `表达式得到的是${celTypeZh(compiled.type)}，这里需要${needed}`
      issues.push({ code: 'expression.resultType', message, messageZh, path })
    }
  } catch (error) {
    const issue = issueFrom(error, path, env)
    // The type checker's "No such key: x" repeats an unknown field already reported in plain words.
    const missingKey = /^No such key: (\w+)/.exec(issue.message)?.[1]
    if (!missingKey || !unknown.includes(missingKey)) issues.push(issue)
  }
  return issues
}

/**
 * Checks a CEL source against a form; expectedType lists the acceptable result types (e.g. ["bool"]). With
 * tableId it is read in one row of that detail table, where `row` stands for the row.
 */
export function checkExpression(
  source: string,
  form: FormDefinition,
  expectedType?: string | readonly string[],
  tableId?: string,
): BilingualIssue[] {
  const expected = typeof expectedType === 'string' ? [expectedType] : expectedType
  const fe = formEnvironment(form)
  return checkIn(tableId ? fe.rowEnv(tableId) : fe.env, source, form, expected, '')
}

/** Checks a condition tree against a form; each issue's path points into the condition. */
export function checkCondition(condition: Condition, form: FormDefinition): BilingualIssue[] {
  const issues: BilingualIssue[] = []
  const { env } = formEnvironment(form)
  const celParts: [string, string][] = []
  const collectCel = (c: Condition, path: string): void => {
    if ('all' in c || 'any' in c) {
      const [key, parts] = 'all' in c ? ['all', c.all] : ['any', c.any]
      parts.forEach((part, i) => {
        collectCel(part, `${path}/${key}/${i}`)
      })
    } else if ('not' in c) collectCel(c.not, `${path}/not`)
    else if ('cel' in c) celParts.push([c.cel, `${path}/cel`])
  }
  collectCel(condition, '')
  for (const [source, path] of celParts) issues.push(...checkIn(env, source, form, ['bool'], path))
  const source = translateCondition(condition, formModel(form), '', (issue) => issues.push(issue))
  if (issues.length === 0) {
    try {
      compile(env, source, true)
    } catch (error) {
      issues.push(issueFrom(error, '', env))
    }
  }
  return issues
}

/** Checks a formula field: its expression against the form (with `row` for a table column) and its result type. */
export function checkFormula(field: Field, form: FormDefinition): BilingualIssue[] {
  const expression = props(field).expression
  if (typeof expression !== 'string' || expression.trim() === '') {
    const message = `${fieldName(field)} has no expression`
    const messageZh = `公式字段 ${fieldNameZh(field)} 还没有填写公式`
    return [{ code: 'formula.expression', message, messageZh, path: '/expression' }]
  }
  const fe = formEnvironment(form)
  const located = locateField(fe.model, field.id)
  const env = located?.tableId ? fe.rowEnv(located.tableId) : fe.env
  const expectedZh = resultTypeZh[props(field).resultType ?? 'number']
  const issues = checkIn(env, expression, form, resultSpec(field).accepts, '/expression', expectedZh)
  for (const cycle of planFormulas(fe.model).cycles) {
    if (!cycle.includes(field.id)) continue
    const message = `${fieldName(field)} depends on itself: ${cycle.join(' → ')}`
    const chain = cycle.map((id) => {
      const member = locateField(fe.model, id)?.field
      return member ? fieldNameZh(member) : id
    })
    const messageZh = `${fieldNameZh(field)} 的公式引用了它自己：${chain.join(' → ')}`
    issues.push({ code: 'formula.cycle', message, messageZh, path: '/expression' })
  }
  return issues
}
