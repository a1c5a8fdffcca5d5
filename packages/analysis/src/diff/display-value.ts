import type { I18NText } from '@signoff/schemas'

const isI18n = (item: unknown): item is I18NText =>
  typeof item === 'object' && item !== null && typeof (item as I18NText)['zh-CN'] === 'string'

/**
 * A changed value as the panels show it: yes/no for a switch, the text of a bilingual name in the
 * reader's language, a string quoted (or not), anything else as JSON; cut to `max` characters.
 */
export function displayValue(
  item: unknown,
  locale: 'zh-CN' | 'en',
  { max = 80, quote = true }: { max?: number; quote?: boolean } = {},
): string {
  if (item === undefined) return '—'
  if (typeof item === 'boolean') return locale === 'zh-CN' ? (item ? '是' : '否') : item ? 'yes' : 'no'
  const shown = isI18n(item) ? (locale === 'zh-CN' ? item['zh-CN'] : (item.en ?? item['zh-CN'])) : item
  const text = typeof shown === 'string' ? (quote ? `'${shown}'` : shown) : JSON.stringify(shown)
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
