import type { FormDefinition } from '@signoff/schemas'
import { getTemplate } from '@signoff/templates'

/** A built-in template's form (leave, reimbursement, …) as a realistic fixture. */
export function templateForm(key: string): FormDefinition {
  const template = getTemplate(key)
  if (!template) throw new Error(`no built-in template ${key}`)
  return template.app.form
}
