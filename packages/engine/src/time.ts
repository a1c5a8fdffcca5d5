const durationPattern = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/

/** Milliseconds in an ISO 8601 duration of days, hours and minutes (the schema's Duration). */
export function durationMs(duration: string): number {
  const match = durationPattern.exec(duration)
  if (!match) throw new Error(`"${duration}" is not a duration`)
  const [, days = '0', hours = '0', minutes = '0'] = match
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000
}

function parse(at: string): number {
  const ms = Date.parse(at)
  if (Number.isNaN(ms)) throw new Error(`"${at}" is not a time`)
  return ms
}

/** `at` plus `times` × `duration`, as an ISO string in UTC. */
export function addDuration(at: string, duration: string, times = 1): string {
  return new Date(parse(at) + durationMs(duration) * times).toISOString()
}

/** Midnight of a YYYY-MM-DD date in the UTC offset that `at` is written in. */
export function startOfDate(date: string, at: string): string {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(at)?.[1] ?? 'Z'
  return new Date(parse(`${date}T00:00:00${offset}`)).toISOString()
}

export function isTime(at: unknown): at is string {
  return typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) && !Number.isNaN(Date.parse(at))
}

/** The later of two ISO times (compared as instants, whatever their offsets). */
export function later(a: string, b: string): string {
  return parse(a) >= parse(b) ? a : b
}
