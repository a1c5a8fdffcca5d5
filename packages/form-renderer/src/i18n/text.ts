import type { I18NText } from '@signoff/schemas'
import type { Locale } from '../types.ts'

/** A definition's text in the locale; zh-CN is always there, en may not be. */
export function localText(text: I18NText | undefined, locale: Locale): string {
  if (!text) return ''
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN']
}
