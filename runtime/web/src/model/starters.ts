import type { AppDefinition } from '@signoff/schemas'

/** settings.starters: everyone, or the listed members, departments (with sub-departments) and roles. */
export type Starters = { everyone: true } | { users?: string[]; departments?: string[]; roles?: string[] }

export interface StartersChoice {
  everyone: boolean
  users: string[]
  departments: string[]
  roles: string[]
}

export function choiceOf(starters: Starters | undefined): StartersChoice {
  if (!starters || 'everyone' in starters)
    return { everyone: starters !== undefined, users: [], departments: [], roles: [] }
  return {
    everyone: false,
    users: starters.users ?? [],
    departments: starters.departments ?? [],
    roles: starters.roles ?? [],
  }
}

/** The settings value for a choice; undefined when it names nobody (the schema wants at least one list). */
export function startersOf(choice: StartersChoice): Starters | undefined {
  if (choice.everyone) return { everyone: true }
  const lists = (['users', 'departments', 'roles'] as const).filter((key) => choice[key].length > 0)
  if (lists.length === 0) return undefined
  return Object.fromEntries(lists.map((key) => [key, [...choice[key]]]))
}

export function withStarters(definition: AppDefinition, starters: Starters): AppDefinition {
  return { ...definition, settings: { ...definition.settings, starters } } as AppDefinition
}

/** JSON with object keys sorted, so two copies of one definition compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'null'
}

/**
 * Whether the draft holds no change beyond the published version's starters: only then may the console
 * publish new starters without publishing someone's unfinished work with them.
 */
export function draftMatchesPublished(draft: AppDefinition, published: AppDefinition | undefined): boolean {
  if (!published) return false
  const strip = (definition: AppDefinition) => withStarters(definition, { everyone: true })
  return canonical(strip(draft)) === canonical(strip(published))
}
