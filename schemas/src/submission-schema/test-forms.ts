import type { Field, FormDefinition } from '../generated/types.ts'
import type { SubmissionValidatorOptions } from './validator.ts'
import { createSubmissionValidator } from './validator.ts'

export const label = (zh: string) => ({ 'zh-CN': zh })

/** A form of the given fields; each test builds its own so the per-form cache never mixes cases. */
export function form(...fields: Record<string, unknown>[]): FormDefinition {
  return { fields: fields as unknown as Field[] }
}

/** The issues of a submission as [path, code] pairs (empty when it is accepted). */
export function issuesOf(
  definition: FormDefinition,
  values: unknown,
  options?: SubmissionValidatorOptions,
): [string, string][] {
  const result = createSubmissionValidator(definition, options)(values)
  return result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])
}
