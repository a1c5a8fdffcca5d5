import { type EvaluationContext, evaluateCondition } from '@signoff/expression'
import {
  type Condition,
  createSubmissionValidator,
  type FormDefinition,
  pruneHidden,
  type SubmissionValues,
  type ValidationResult,
} from '@signoff/schemas'

type Surroundings = Omit<EvaluationContext, 'values'>

/** The compiled validator of one form, and the instance it is currently checking values for. */
interface FormValidator {
  validate: (values: unknown) => ValidationResult<SubmissionValues>
  holds: (condition: Condition, values: SubmissionValues) => boolean
  surroundings: Surroundings
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
        return evaluateCondition(condition, form, { ...slot.surroundings, values })
      } catch {
        // As at a condition node: a condition that cannot be evaluated does not hold.
        return false
      }
    },
    surroundings: { initiator: { id: '', department: '', departments: [], roles: [] } },
  }
  slot.validate = createSubmissionValidator(form, { evaluateCondition: slot.holds })
  cache.set(form, slot)
  return slot
}

/** The values without those of fields hidden by their visibleWhen, as the form renderer submits them. */
export function withoutHidden(
  form: FormDefinition,
  values: SubmissionValues,
  surroundings: Surroundings,
): SubmissionValues {
  const validator = validatorFor(form)
  validator.surroundings = surroundings
  return pruneHidden(form, values, validator.holds)
}

/** Checks a whole submission against the form: types, formats, required and required-if, visibility. */
export function validateSubmission(
  form: FormDefinition,
  values: SubmissionValues,
  surroundings: Surroundings,
): ValidationResult<SubmissionValues> {
  const validator = validatorFor(form)
  validator.surroundings = surroundings
  return validator.validate(values)
}
