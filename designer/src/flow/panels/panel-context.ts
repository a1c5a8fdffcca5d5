import type { AppDefinition, Field } from '@signoff/schemas'
import type { Locale, Messages } from '../../i18n/dictionary.ts'
import type { Directory } from '../directory.ts'

/** What every panel section reads besides its node: texts, the directory and the app's form. */
export interface PanelContext {
  t: Messages
  locale: Locale
  directory: Directory | null
  app: AppDefinition
  /** Every field of the form, depth first. */
  fields: readonly Field[]
}

/** Sets one property of the node being edited; undefined removes it. */
export type SetProperty = (key: string, value: unknown) => void
