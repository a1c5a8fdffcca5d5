import type { Field } from '@signoff/schemas'
import type { Locale, Messages } from '../i18n/dictionary.ts'
import { pickText } from '../i18n/locale-store.ts'
import type { Directory } from './directory.ts'

/** What summaries need to name things: texts, and the names of users, roles, departments and fields. */
export interface SummaryContext {
  t: Messages
  locale: Locale
  user: (id: string) => string
  role: (id: string) => string
  department: (id: string) => string
  field: (id: string) => string
}

/** Fills `{name}` placeholders of a message. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole))
}

/** Names from the directory when it is known, else the ids themselves. */
export function summaryContext(
  t: Messages,
  locale: Locale,
  directory: Directory | null,
  fields: readonly Field[],
): SummaryContext {
  const users = new Map(directory?.users.map((user) => [user.id, user.name]))
  const roles = new Map(directory?.roles.map((role) => [role.id, pickText(role.name, locale)]))
  const departments = new Map(directory?.departments.map((item) => [item.id, item.name]))
  const labels = new Map(fields.map((field) => [field.id, pickText(field.label, locale)]))
  return {
    t,
    locale,
    user: (id) => users.get(id) ?? id,
    role: (id) => roles.get(id) ?? id,
    department: (id) => departments.get(id) ?? id,
    field: (id) => labels.get(id) || id,
  }
}
