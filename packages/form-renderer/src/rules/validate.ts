import {
  type FormDefinition,
  interpretSubmissionSchema,
  type SchemaValidator,
  submissionSchema,
} from '@signoff/schemas'
import { type CheckError, describeError } from '../i18n/errors.ts'
import type { FormValues, Locale, RuleContext } from '../types.ts'
import { fieldPathOf } from './field-index.ts'
import { conditionHolds, submittedValues } from './live.ts'

/** Messages by the JSON Pointer of the field (or table cell) they are about: "/reason", "/items/0/amount". */
export type FieldErrors = Record<string, string>

export interface ValidationOutcome {
  ok: boolean
  /** What to submit: formulas computed, hidden fields' values left out. */
  value: FormValues
  errors: FieldErrors
}

export interface ValidateOptions {
  context: RuleContext
  locale?: Locale
}

interface Compiled {
  validate: SchemaValidator
  context: RuleContext
}

// The schema is interpreted, not compiled to code as Ajv does on the server (same verdict and errors,
// proven by a property test), so the page needs no 'unsafe-eval' in its Content-Security-Policy.
// Deriving and building it once per form is the costly part; the slot holds the context of the check
// under way (the evaluator is called synchronously), as the engine does.
const compiled = new WeakMap<FormDefinition, Compiled>()

function compiledFor(form: FormDefinition): Compiled {
  const cached = compiled.get(form)
  if (cached) return cached
  const slot: Compiled = {
    validate: undefined as unknown as SchemaValidator,
    context: { initiator: { id: '', department: '', departments: [], roles: [] } },
  }
  slot.validate = interpretSubmissionSchema(submissionSchema(form), {
    evaluateCondition: (condition, values) => conditionHolds(form, condition, values, slot.context),
  })
  compiled.set(form, slot)
  return slot
}

/**
 * Compiles the form's validator ahead of its first use (a form renderer does so just after its first
 * render, which shows no problems yet). A definition that cannot be checked is left for `validateSubmission`.
 */
export function prepareValidation(form: FormDefinition): void {
  try {
    compiledFor(form)
  } catch {
    // Reported when the values are checked.
  }
}

// Keywords that only combine others: their parts are reported on their own.
const combinators = new Set(['if', 'anyOf', 'allOf', 'not', 'oneOf'])

/**
 * Checks values against the submission schema the server derives from the same form, after computing
 * formulas and leaving out hidden fields as the server does. The first problem of each field is kept.
 */
export function validateSubmission(
  form: FormDefinition,
  values: FormValues,
  { context, locale = 'zh-CN' }: ValidateOptions,
): ValidationOutcome {
  const value = submittedValues(form, values, context)
  const check = compiledFor(form)
  check.context = context
  const ok = check.validate(value)
  const errors: FieldErrors = {}
  for (const error of check.validate.errors ?? []) {
    if (combinators.has(error.keyword)) continue
    const missing = error.keyword === 'required' ? `/${String(error.params.missingProperty)}` : ''
    const { path, field } = fieldPathOf(form, `${error.instancePath}${missing}`)
    errors[path] ??= describeError(error as CheckError, field, locale)
  }
  return { ok, value, errors }
}
