import { create } from 'zustand'
import { dictionaries, type Locale, type Messages } from './dictionary.ts'

interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const useLocaleStore = create<LocaleState>((set) => ({
  locale: 'zh-CN',
  setLocale: (locale) => set({ locale }),
}))

export function useMessages(): Messages {
  return dictionaries[useLocaleStore((state) => state.locale)]
}

/** Picks the text for the current locale from an i18n value; zh-CN stands in for a missing translation. */
export function pickText(text: { 'zh-CN': string; en?: string } | undefined, locale: Locale): string {
  if (!text) return ''
  return locale === 'en' ? (text.en ?? text['zh-CN']) : text['zh-CN']
}
