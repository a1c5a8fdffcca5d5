import type { Locale } from '../i18n/dictionary.ts'

const units = {
  'zh-CN': { under: '不到 1 分钟', minutes: '分钟', hours: '小时', days: '天' },
  en: { under: 'under 1 min', minutes: 'min', hours: 'h', days: 'd' },
} satisfies Record<Locale, Record<string, string>>

/**
 * A duration given in whole minutes (as the analytics answer) the way people read it: minutes under an
 * hour, hours (one decimal) under two days, then days. Zero is "under a minute", the answer's resolution.
 */
export function formatMinutes(minutes: number | null, locale: Locale): string {
  if (minutes === null) return '—'
  const unit = units[locale]
  if (minutes < 1) return unit.under
  if (minutes < 60) return `${Math.round(minutes)} ${unit.minutes}`
  const hours = minutes / 60
  if (hours < 48) return `${Math.round(hours * 10) / 10} ${unit.hours}`
  return `${Math.round((hours / 24) * 10) / 10} ${unit.days}`
}

/** "2026-W48" as its Monday's month and day ("11/23"); the text unchanged when it is no ISO week. */
export function weekStart(week: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(week)
  if (!match) return week
  const year = Number(match[1])
  const number = Number(match[2])
  // ISO week 1 holds 4 January; its Monday starts the count.
  const january4 = new Date(Date.UTC(year, 0, 4))
  const monday = new Date(january4)
  monday.setUTCDate(january4.getUTCDate() - ((january4.getUTCDay() + 6) % 7) + (number - 1) * 7)
  return `${monday.getUTCMonth() + 1}/${monday.getUTCDate()}`
}
