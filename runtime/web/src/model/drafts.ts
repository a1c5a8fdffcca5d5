/** A form being filled, kept on this device until it is submitted. */
export interface Draft {
  values: Record<string, unknown>
  /**
   * Made once per draft and sent with every submit attempt of it, so a double click or a retry after
   * a lost answer starts one instance; a new key only comes with a new draft.
   */
  idempotencyKey: string
  updatedAt: string
}

export interface DraftStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface DraftDeps {
  store: DraftStore
  newKey: () => string
  now: () => Date
}

const storageKey = (userId: string, appId: string) => `signoff.draft.${userId}.${appId}`

function parse(text: string | null): Draft | undefined {
  if (!text) return undefined
  try {
    const value = JSON.parse(text) as Partial<Draft>
    if (typeof value.idempotencyKey !== 'string' || typeof value.values !== 'object' || !value.values)
      return undefined
    return { values: value.values, idempotencyKey: value.idempotencyKey, updatedAt: String(value.updatedAt) }
  } catch {
    return undefined
  }
}

/** The stored draft of this user and app, or a fresh one (not stored until it changes). */
export function openDraft(deps: DraftDeps, userId: string, appId: string): Draft {
  return (
    parse(deps.store.getItem(storageKey(userId, appId))) ?? {
      values: {},
      idempotencyKey: deps.newKey(),
      updatedAt: deps.now().toISOString(),
    }
  )
}

export function hasDraft(store: DraftStore, userId: string, appId: string): boolean {
  const draft = parse(store.getItem(storageKey(userId, appId)))
  return draft !== undefined && Object.keys(draft.values).length > 0
}

/** Stores new values under the draft's existing key. */
export function saveDraft(
  deps: DraftDeps,
  userId: string,
  appId: string,
  draft: Draft,
  values: Record<string, unknown>,
): Draft {
  const next = { values, idempotencyKey: draft.idempotencyKey, updatedAt: deps.now().toISOString() }
  deps.store.setItem(storageKey(userId, appId), JSON.stringify(next))
  return next
}

/** After a submit succeeded, or when the user clears the form. */
export function discardDraft(store: DraftStore, userId: string, appId: string): void {
  store.removeItem(storageKey(userId, appId))
}

/**
 * The server refused the key because it already started an instance with other values (the answer to
 * an earlier attempt was lost and the form changed since): the draft goes on under a new key.
 */
export function rekeyDraft(deps: DraftDeps, userId: string, appId: string, draft: Draft): Draft {
  const next = { ...draft, idempotencyKey: deps.newKey() }
  deps.store.setItem(storageKey(userId, appId), JSON.stringify(next))
  return next
}

/** Apps started lately, most recent first, at most `limit`. */
export function rememberRecent(store: DraftStore, userId: string, appId: string, limit = 6): string[] {
  const key = `signoff.recent.${userId}`
  const next = [appId, ...recentApps(store, userId).filter((id) => id !== appId)].slice(0, limit)
  store.setItem(key, JSON.stringify(next))
  return next
}

export function recentApps(store: DraftStore, userId: string): string[] {
  try {
    const value: unknown = JSON.parse(store.getItem(`signoff.recent.${userId}`) ?? '[]')
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}
