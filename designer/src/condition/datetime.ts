/** `2024-05-01T09:00` from a datetime-local input → RFC 3339 with the offset that moment has here. */
export function toOffsetDateTime(local: string, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** The offset east of UTC, in minutes, the browser uses at that local time. */
export function localOffset(local: string): number {
  const time = new Date(local)
  return Number.isNaN(time.getTime()) ? 0 : -time.getTimezoneOffset()
}

/** The datetime-local text of a stored value (its first 16 characters: date, hours and minutes). */
export function toLocalInput(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 16) : ''
}
