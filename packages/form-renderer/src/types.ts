import type { EvaluationContext } from '@signoff/expression'
import type { SubmittedFile } from '@signoff/schemas'

export type Locale = 'zh-CN' | 'en'

/** edit: fill in; read: show the values; print: show the values as a clean document without inputs. */
export type RenderMode = 'edit' | 'read' | 'print'

/** A field's permission at a flow node, as node schemas and the engine name them. */
export type FieldPermission = 'edit' | 'read' | 'hidden'

/** Values keyed by field id, as a submission holds them (detail tables as lists of rows). */
export type FormValues = Record<string, unknown>

/** What conditions and formulas see besides the values: the initiator, the day, the work calendar. */
export type RuleContext = Omit<EvaluationContext, 'values'>

export type DirectoryKind = 'user' | 'department'

export interface DirectoryEntry {
  id: string
  name: string
  /** Shown beside the name, e.g. a member's department. */
  hint?: string
}

/** Looks people and departments up for the member and department pickers. */
export interface DirectoryService {
  search(kind: DirectoryKind, query: string): Promise<DirectoryEntry[]>
  /** The entries of ids already chosen, to show their names. */
  resolve(kind: DirectoryKind, ids: readonly string[]): Promise<DirectoryEntry[]>
}

export interface UploadTarget {
  /** The attachment or image field the file is for (the server checks its rules again). */
  fieldId: string
  onProgress(percent: number): void
  signal: AbortSignal
}

/** Stores a file and answers the value to keep in the form. */
export type UploadService = (file: File, target: UploadTarget) => Promise<SubmittedFile>

export interface RendererServices {
  directory?: DirectoryService
  upload?: UploadService
  /** Where an uploaded file can be opened or its image shown. */
  attachmentUrl?: (file: SubmittedFile) => string
}
