import type { AppSettings } from '@signoff/schemas'

type SerialRule = NonNullable<AppSettings['serialNumber']>
type Reset = NonNullable<SerialRule['reset']>
type DatePart = NonNullable<SerialRule['datePart']>

// One formatter per time zone: making one costs far more than formatting with it.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The calendar date in the organization's time zone, as digits. */
export function localDate(at: Date, timeZone: string): { yyyy: string; MM: string; dd: string } {
  const parts = formatterFor(timeZone).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return { yyyy: part('year'), MM: part('month'), dd: part('day') }
}

const periods: Record<Reset, (d: ReturnType<typeof localDate>) => string> = {
  never: () => '',
  yearly: (d) => d.yyyy,
  monthly: (d) => `${d.yyyy}${d.MM}`,
  daily: (d) => `${d.yyyy}${d.MM}${d.dd}`,
}

const dateParts: Record<DatePart, (d: ReturnType<typeof localDate>) => string> = {
  none: () => '',
  yyyy: (d) => d.yyyy,
  yyyyMM: (d) => `${d.yyyy}${d.MM}`,
  yyyyMMdd: (d) => `${d.yyyy}${d.MM}${d.dd}`,
}

/** Without a rule: a date per day and four digits, like the templates. */
const defaultRule: SerialRule = { prefix: '', datePart: 'yyyyMMdd', digits: 4, reset: 'daily' }

/** The counter's period key for an instance started at `at` (a new period restarts the counter at 1). */
export function serialPeriod(rule: SerialRule | undefined, at: Date, timeZone: string): string {
  return periods[(rule ?? defaultRule).reset ?? 'daily'](localDate(at, timeZone))
}

/** QJ-20261123-0001: the prefix, the date part and the counter, the empty parts left out. */
export function formatSerial(
  rule: SerialRule | undefined,
  at: Date,
  timeZone: string,
  counter: number,
): string {
  const effective = rule ?? defaultRule
  const date = dateParts[effective.datePart ?? 'yyyyMMdd'](localDate(at, timeZone))
  const digits = String(counter).padStart(effective.digits ?? 4, '0')
  return [effective.prefix, date, digits].filter((part) => part !== '').join('-')
}
