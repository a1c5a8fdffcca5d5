import type { Directory, FieldType } from '@signoff/schemas'
import type { Locale } from '../i18n/dictionary.ts'
import { pickText } from '../i18n/locale-store.ts'

/** What kind of id a value names: a person, a department or a role. */
export type IdKind = 'user' | 'department' | 'role'

/** Fields whose values are directory ids. */
export const fieldIdKinds: Partial<Record<FieldType, IdKind>> = { member: 'user', department: 'department' }

export interface IdOption {
  value: string
  label: string
}

/** The directory's people, departments or roles as choices (inactive people left out); undefined without a directory. */
export function idOptions(
  directory: Directory | undefined,
  kind: IdKind,
  locale: Locale,
): IdOption[] | undefined {
  if (!directory) return undefined
  if (kind === 'user')
    return directory.users
      .filter((user) => user.active !== false)
      .map((user) => ({ value: user.id, label: `${user.name} (${user.id})` }))
  if (kind === 'department')
    return directory.departments.map((item) => ({ value: item.id, label: item.name }))
  return directory.roles.map((role) => ({ value: role.id, label: pickText(role.name, locale) }))
}
