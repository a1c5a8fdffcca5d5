/** Minutes the zone is ahead of UTC at an instant (e.g. 480 for Asia/Shanghai). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000)
}

/**
 * The instant a calendar day starts in the organization's time zone, as ISO UTC: "2026-11-23" in
 * Asia/Shanghai starts at 2026-11-22T16:00:00.000Z. People filter by their own days, not UTC's.
 */
export function startOfDay(date: string, timeZone: string): string {
  const midnightUtc = Date.parse(`${date}T00:00:00.000Z`)
  // The offset at the guessed instant, then once more in case that guess fell across a DST change.
  let instant = midnightUtc - offsetMinutes(midnightUtc, timeZone) * 60_000
  instant = midnightUtc - offsetMinutes(instant, timeZone) * 60_000
  return new Date(instant).toISOString()
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10)
}
