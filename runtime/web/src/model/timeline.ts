import type { TimelineEntry } from '../api/types.ts'
import type { Locale } from '../i18n/dictionary.ts'

export type Tone = 'green' | 'red' | 'orange' | 'blue' | 'gray'

export interface TimelineRow {
  key: string
  at: string
  actor: string
  text: string
  notes: string[]
  /** The actor's own words, when the step's text does not already quote them. */
  comment?: string
  attachments: { id: string; name: string }[]
  tone: Tone
}

const tones: Record<string, Tone> = {
  start: 'blue',
  approve: 'green',
  reject: 'red',
  return: 'orange',
  withdraw: 'gray',
  resubmit: 'blue',
  transfer: 'blue',
  addSigner: 'blue',
  comment: 'gray',
  urge: 'orange',
  timerFired: 'orange',
  automationResult: 'gray',
  reassign: 'blue',
}

/** The instance's history as the reader sees it: in their language, oldest first, the system named. */
export function timelineRows(
  entries: readonly TimelineEntry[],
  locale: Locale,
  userName: (id: string) => string,
  systemName: string,
): TimelineRow[] {
  return entries.map((entry) => {
    const text = entry.text[locale] ?? entry.text['zh-CN']
    return {
      key: `${entry.version}-${entry.type}`,
      at: entry.at,
      actor: entry.actor === 'system' ? systemName : userName(entry.actor),
      text,
      notes: entry.notes.map((note) => note[locale] ?? note['zh-CN']),
      ...(entry.comment && !text.includes(entry.comment) ? { comment: entry.comment } : {}),
      attachments: entry.attachments ?? [],
      tone: tones[entry.type] ?? 'gray',
    }
  })
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A time as people read it: today's as HH:mm, this year's as MM-DD HH:mm, else with the year; in local time. */
export function formatTime(iso: string, now: Date): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`
  const sameYear = at.getFullYear() === now.getFullYear()
  if (sameYear && at.getMonth() === now.getMonth() && at.getDate() === now.getDate()) return time
  const day = `${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  return sameYear ? `${day} ${time}` : `${at.getFullYear()}-${day} ${time}`
}
