import type { ValidateFunction } from 'ajv'
import { createAjv, schemaBase } from './ajv.ts'
import type {
  AppDefinition,
  Directory,
  FlowDefinition,
  FormDefinition,
  OrgImportRow,
} from './generated/types.ts'
import { type Issue, issuesFromAjv } from './issue.ts'

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

const ajv = createAjv()

function validator<T>(file: string): (data: unknown) => ValidationResult<T> {
  let compiled: ValidateFunction | undefined
  return (data) => {
    compiled ??= ajv.getSchema(`${schemaBase}${file}`)
    if (!compiled) throw new Error(`schema ${file} is not registered`)
    return compiled(data)
      ? { ok: true, value: data as T }
      : { ok: false, issues: issuesFromAjv(compiled.errors) }
  }
}

export const validateApp = validator<AppDefinition>('app.schema.json')
export const validateForm = validator<FormDefinition>('form.schema.json')
export const validateFlow = validator<FlowDefinition>('flow.schema.json')
export const validateDirectory = validator<Directory>('directory.schema.json')
export const validateOrgImportRow = validator<OrgImportRow>('org-import.schema.json')
