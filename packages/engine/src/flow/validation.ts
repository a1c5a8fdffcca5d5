import type { ExpressionScope } from '@signoff/expression'
import {
  type Condition,
  createSubmissionValidator,
  type FormDefinition,
  pruneHidden,
  type SubmissionValues,
  type ValidationResult,
} from '@signoff/schemas'

/** The compiled validator of one form, and the instance it is currently checking values for. */
interface FormValidator {
  validate: (values: unknown) => ValidationResult<SubmissionValues>
  holds: (condition: Condition, values: SubmissionValues) => boolean
  scope: ExpressionScope | undefined
}

// Compiling a submission schema is the expensive part; a form is immutable once published.
const cache = new WeakMap<FormDefinition, FormValidator>()

function validatorFor(form: FormDefinition): FormValidator {
  const cached = cache.get(form)
  if (cached) return cached
  // The engine is synchronous, so the instance being checked can be set just before each use.
  const slot: FormValidator = {
    validate: () => ({ ok: true, value: {} }),
    holds: (condition, values) => {
      try {
        return slot.scope?.holds(condition, values) ?? false
      } catch {
        // As at a condition node: a condition that cannot be evaluated does not hold.
        return false
      }
    },
    scope: undefined,
  }
  slot.validate = createSubmissionValidator(form, { evaluateCondition: slot.holds })
  cache.set(form, slot)
  return slot
}

/** The values without those of fields hidden by their visibleWhen, as the form renderer submits them. */
export function withoutHidden(
  form: FormDefinition,
  values: SubmissionValues,
  scope: ExpressionScope,
): SubmissionValues {
  const validator = validatorFor(form)
  validator.scope = scope
  return pruneHidden(form, values, validator.holds)
}

/** Checks a whole submission against the form: types, formats, required and required-if, visibility. */
export function validateSubmission(
  form: FormDefinition,
  values: SubmissionValues,
  scope: ExpressionScope,
): ValidationResult<SubmissionValues> {
  const validator = validatorFor(form)
  validator.scope = scope
  return validator.validate(values)
}
