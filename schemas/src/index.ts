export { createAjv, schemaBase } from './ajv.ts'
export { isValidBankAccount, normalizeBankAccount } from './formats/bank-account.ts'
export { dayNumber, isCalendarDate } from './formats/calendar.ts'
export { creditCodeCheckChar, isValidCreditCode } from './formats/credit-code.ts'
export { type IdNumberOptions, idNumberCheckChar, isValidIdNumber } from './formats/id-number.ts'
export { isLandlinePhone, isMobilePhone, isPhone } from './formats/phone.ts'
export { addChineseFormats, type ChineseFormat, chineseFormats } from './formats/register.ts'
export { type FieldType, fieldTypes, type NodeKind, nodeKinds } from './generated/kinds.ts'
export type * from './generated/types.ts'
export { type Issue, issuesFromAjv } from './issue.ts'
export { evaluatedKeyword } from './submission/conditions.ts'
export { acceptsFile, type SubmittedFile } from './submission/file-keywords.ts'
export type { SchemaError } from './submission/interpret/errors.ts'
export {
  type InterpretOptions,
  interpretSubmissionSchema,
  type SchemaValidator,
} from './submission/interpret/interpret.ts'
export type { JsonSchema } from './submission/json-schema.ts'
export { pruneHidden } from './submission/prune-hidden.ts'
export { type SampleOptions, type Samples, sampleValues } from './submission/sample-values.ts'
export { type DerivedSubmission, deriveSubmission, submissionSchema } from './submission/submission-schema.ts'
export {
  createSubmissionAjv,
  createSubmissionValidator,
  type EvaluateCondition,
  type SubmissionValidatorOptions,
  type SubmissionValues,
} from './submission/validator.ts'
export {
  type ValidationResult,
  validateApp,
  validateDirectory,
  validateFlow,
  validateForm,
  validateOrgImportRow,
} from './validate.ts'
