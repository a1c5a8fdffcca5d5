import type { Locale } from './dictionary.ts'

/** Picks the text for the locale from an i18n value; zh-CN stands in for a missing translation. */
export function pickText(text: { 'zh-CN': string; en?: string } | undefined | null, locale: Locale): string {
  if (!text) return ''
  return locale === 'en' ? (text.en ?? text['zh-CN']) : text['zh-CN']
}
