/** Nearest-rank percentile of sorted numbers (p in 0..100); undefined for none. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1]
}

export interface Durations {
  count: number
  /** Whole minutes: a wait of a few minutes reads as such, not as "under 0.1 hours". */
  medianMinutes: number | null
  p90Minutes: number | null
}

/** Milliseconds to whole minutes, rounded to the nearest. */
export const minutes = (ms: number) => Math.round(ms / 60_000)

const minutesOf = (ms: number | undefined) => (ms === undefined ? null : minutes(ms))

export function durations(ms: readonly number[]): Durations {
  const sorted = [...ms].sort((a, b) => a - b)
  return {
    count: sorted.length,
    medianMinutes: minutesOf(percentile(sorted, 50)),
    p90Minutes: minutesOf(percentile(sorted, 90)),
  }
}

/** ISO 8601 week of a timestamp in UTC, e.g. "2026-W48". */
export function isoWeek(iso: string): string {
  const date = new Date(iso)
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  // The week belongs to the year of its Thursday.
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}
