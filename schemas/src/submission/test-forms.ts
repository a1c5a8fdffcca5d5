import type { Field, FormDefinition } from '../generated/types.ts'
import { createSubmissionValidator, type SubmissionValidatorOptions } from './validator.ts'

export const zh = (text: string) => ({ 'zh-CN': text })

export function field(type: string, id: string, props: Record<string, unknown> = {}): Field {
  return { id, type, label: zh(id), ...props } as Field
}

export function formOf(...fields: Field[]): FormDefinition {
  return { fields }
}

/** Validates `values` against a form and gives "ok" or the issues as "path code" strings. */
export function outcome(
  form: FormDefinition,
  values: unknown,
  options?: SubmissionValidatorOptions,
): string[] {
  const result = createSubmissionValidator(form, options)(values)
  return result.ok ? ['ok'] : result.issues.map((issue) => `${issue.path} ${issue.code}`)
}
