export type { FieldProps, FieldRenderer } from './fields/field-props.ts'
export { refusal as fileRefusal } from './fields/file-rules.ts'
export { fieldRenderers, initialValue, initialValues } from './fields/registry.ts'
export { FormRenderer, type FormRendererProps } from './form-renderer.tsx'
export { type FieldState, fieldStates } from './rules/field-states.ts'
export { conditionHolds, submittedValues } from './rules/live.ts'
export {
  type FieldErrors,
  type ValidateOptions,
  type ValidationOutcome,
  validateSubmission,
} from './rules/validate.ts'
export type {
  DirectoryEntry,
  DirectoryKind,
  DirectoryService,
  FieldPermission,
  FormValues,
  Locale,
  RendererServices,
  RenderMode,
  RuleContext,
  UploadService,
  UploadTarget,
} from './types.ts'
export { xhrUploader } from './xhr-uploader.ts'
