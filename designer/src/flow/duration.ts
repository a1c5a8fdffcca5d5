import type { Messages } from '../i18n/dictionary.ts'

/** A duration as the schema writes it (P2D, PT4H, P1DT12H) split into its parts. */
export interface DurationParts {
  days: number
  hours: number
  minutes: number
}

const pattern = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/

export function parseDuration(text: string | undefined): DurationParts | null {
  const match = text ? pattern.exec(text) : null
  if (!match) return null
  return { days: Number(match[1] ?? 0), hours: Number(match[2] ?? 0), minutes: Number(match[3] ?? 0) }
}

/** The ISO 8601 text of the parts; zero everywhere becomes undefined (the schema has no empty duration). */
export function toDuration({ days, hours, minutes }: DurationParts): string | undefined {
  const date = days ? `${days}D` : ''
  const time = (hours ? `${hours}H` : '') + (minutes ? `${minutes}M` : '')
  if (!date && !time) return undefined
  return `P${date}${time ? `T${time}` : ''}`
}

export function formatDuration(text: string | undefined, t: Messages): string {
  const parts = parseDuration(text)
  if (!parts) return text ?? ''
  const units: [number, string][] = [
    [parts.days, t.unitDays],
    [parts.hours, t.unitHours],
    [parts.minutes, t.unitMinutes],
  ]
  return units
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ')
}
