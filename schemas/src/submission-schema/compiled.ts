import type { ValidateFunction } from 'ajv'
import { createAjv } from '../ajv.ts'
import type { FormDefinition } from '../generated/types.ts'
import { planSubmission, type SubmissionPlan } from './submission-schema.ts'

export interface CompiledSubmission {
  plan: SubmissionPlan
  validate: ValidateFunction
  /** Per field with a visibility condition: a test of whether it is shown. */
  visibility: { id: string; tableId?: string; visible: ValidateFunction }[]
}

// passContext hands each validation's options (the injected evaluator) to the keyword functions;
// verbose puts a failing keyword's value (a bound, a precision) on its error for the message.
const ajv = createAjv({ passContext: true, verbose: true })

// Forms are immutable per version, so each is compiled once; the WeakMap lets old versions go.
const cache = new WeakMap<FormDefinition, CompiledSubmission>()

function compile<T extends object | boolean>(schema: T): ValidateFunction {
  const validate = ajv.compile(schema)
  // The function keeps what it needs; leaving every form's schema in Ajv's cache would only grow it.
  ajv.removeSchema(schema as object)
  return validate
}

export function compiledSubmission(form: FormDefinition): CompiledSubmission {
  const cached = cache.get(form)
  if (cached) return cached
  const plan = planSubmission(form)
  const compiled = {
    plan,
    validate: compile(plan.schema),
    visibility: plan.visibility.map(({ visible, ...field }) => ({ ...field, visible: compile(visible) })),
  }
  cache.set(form, compiled)
  return compiled
}
