import type { MessageKey } from '../i18n/dictionary.ts'

/** Base properties named by the designer's dictionary rather than by their schema description. */
export const baseTitles: Record<string, MessageKey> = {
  id: 'propId',
  label: 'propLabel',
  required: 'propRequired',
  placeholder: 'propPlaceholder',
  help: 'propHelp',
  visibleWhen: 'propVisibleWhen',
  requiredWhen: 'propRequiredWhen',
  options: 'propOptions',
  min: 'propMin',
  max: 'propMax',
  default: 'propDefault',
}
