import { useSyncExternalStore } from 'react'
import { dictionaries, type Locale, type Messages } from './dictionary.ts'

export { pickText } from './pick-text.ts'

const storageKey = 'signoff.locale'
const listeners = new Set<() => void>()

function stored(): Locale {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

let current: Locale = typeof localStorage === 'undefined' ? 'zh-CN' : stored()

export function setLocale(locale: Locale): void {
  current = locale
  try {
    localStorage.setItem(storageKey, locale)
  } catch {
    // A browser that refuses storage still switches for this visit.
  }
  document.documentElement.lang = locale
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, () => current)
}

export function useMessages(): Messages {
  return dictionaries[useLocale()]
}
