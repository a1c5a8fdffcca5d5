import type { ErrorObject } from 'ajv'
import * as precompiled from './generated/definition-validators.ts'
import type {
  AppDefinition,
  Directory,
  FlowDefinition,
  FormDefinition,
  OrgImportRow,
} from './generated/types.ts'
import { type Issue, issuesFromAjv } from './issue.ts'

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

/** An Ajv validate function as `pnpm generate` precompiles it: the verdict, then `errors`. */
interface PrecompiledValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

// Precompiled (Ajv standalone code, schemas/scripts/precompile.ts) rather than compiled here: the
// designer runs these in the browser under a Content-Security-Policy without 'unsafe-eval', and
// bundles no schema compiler. They give the errors a freshly compiled Ajv gives (precompiled.test.ts).
function validator<T>(validate: PrecompiledValidator): (data: unknown) => ValidationResult<T> {
  return (data) =>
    validate(data) ? { ok: true, value: data as T } : { ok: false, issues: issuesFromAjv(validate.errors) }
}

export const validateApp = validator<AppDefinition>(precompiled.app)
export const validateForm = validator<FormDefinition>(precompiled.form)
export const validateFlow = validator<FlowDefinition>(precompiled.flow)
export const validateDirectory = validator<Directory>(precompiled.directory)
export const validateOrgImportRow = validator<OrgImportRow>(precompiled.orgImport)
