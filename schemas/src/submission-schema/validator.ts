import type { FormDefinition } from '../generated/types.ts'
import type { ValidationResult } from '../validate.ts'
import { compiledSubmission } from './compiled.ts'
import { type EvaluateCondition, SubmissionSchemaError } from './errors.ts'
import type { FormIndex, KeyedField } from './form-index.ts'
import { submissionIssues } from './issues.ts'
import type { SubmissionContext } from './keywords.ts'

export interface SubmissionValidatorOptions {
  /** Decides initiator tests, CEL conditions and conditions on formula fields; required when the form has any. */
  evaluateCondition?: EvaluateCondition
}

export type SubmissionValidator = (values: unknown) => ValidationResult<Record<string, unknown>>

function normalizeRecord(
  entries: Map<string, KeyedField>,
  record: Record<string, unknown>,
  index: FormIndex,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    const entry = entries.get(key)
    if (!entry || entry.rule.kind === 'computed') continue
    if (entry.rule.kind === 'rows') {
      const columns = index.columns.get(key) ?? new Map<string, KeyedField>()
      out[key] = (value as Record<string, unknown>[]).map((row) => normalizeRecord(columns, row, index))
    } else
      out[key] = entry.rule.kind === 'value' && entry.rule.normalize ? entry.rule.normalize(value) : value
  }
  return out
}

export function needsEvaluator(form: FormDefinition): boolean {
  return compiledSubmission(form).plan.usesEvaluator
}

export function requireEvaluator(
  form: FormDefinition,
  evaluateCondition: EvaluateCondition | undefined,
): void {
  if (evaluateCondition || !needsEvaluator(form)) return
  throw new SubmissionSchemaError(
    'this form has conditions that JSON Schema cannot decide (initiator tests, CEL, or tests of formula fields): pass options.evaluateCondition',
  )
}

/**
 * Validates submissions of `form` with its submission schema. A valid submission comes back as stored:
 * formula values dropped (the server recomputes them), bank accounts without spaces, ID numbers with an
 * upper-case X. Throws SubmissionSchemaError for a form no submission fits, or one that needs an
 * evaluator when none is given.
 */
export function createSubmissionValidator(
  form: FormDefinition,
  options: SubmissionValidatorOptions = {},
): SubmissionValidator {
  const { plan, validate } = compiledSubmission(form)
  requireEvaluator(form, options.evaluateCondition)
  const context: SubmissionContext = { evaluateCondition: options.evaluateCondition }
  return (values) =>
    validate.call(context, values)
      ? { ok: true, value: normalizeRecord(plan.index.fields, values as Record<string, unknown>, plan.index) }
      : { ok: false, issues: submissionIssues(validate.errors, plan.index) }
}
