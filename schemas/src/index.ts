export { createAjv, schemaBase } from './ajv.ts'
export { type FieldType, fieldTypes, type NodeKind, nodeKinds } from './generated/kinds.ts'
export type * from './generated/types.ts'
export { type Issue, issuesFromAjv } from './issue.ts'
export {
  type ValidationResult,
  validateApp,
  validateDirectory,
  validateFlow,
  validateForm,
  validateOrgImportRow,
} from './validate.ts'
