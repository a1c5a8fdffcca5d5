import type { AppDefinition, Directory } from '@signoff/schemas'
import { type DirectoryIndex, indexDirectory } from './directory-index.ts'
import type { Finding } from './finding.ts'
import { type FlowIndex, indexFlow } from './flow-index.ts'
import { type FormIndex, indexForm } from './form-index.ts'

/** What every rule reads: the app (already valid against the schema) and indexes over it. */
export interface LintContext {
  app: AppDefinition
  form: FormIndex
  flow: FlowIndex
  directory?: DirectoryIndex
}

export type Rule = (context: LintContext) => Finding[]

export function lintContext(app: AppDefinition, directory?: Directory): LintContext {
  return {
    app,
    form: indexForm(app.form),
    flow: indexFlow(app.flow),
    ...(directory ? { directory: indexDirectory(directory) } : {}),
  }
}
