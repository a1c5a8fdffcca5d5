import { describe, expect, it } from 'vitest'
import {
  type DraftDeps,
  type DraftStore,
  discardDraft,
  hasDraft,
  openDraft,
  recentApps,
  rekeyDraft,
  rememberRecent,
  saveDraft,
} from './drafts.ts'

function memoryStore(): DraftStore & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

function deps(): DraftDeps & { store: ReturnType<typeof memoryStore> } {
  let n = 0
  return { store: memoryStore(), newKey: () => `key-${++n}`, now: () => new Date('2026-11-23T10:00:00Z') }
}

describe('drafts', () => {
  it('keeps one idempotency key for a draft across edits and reloads', () => {
    const d = deps()
    const first = openDraft(d, 'u1', 'app1')
    const saved = saveDraft(d, 'u1', 'app1', first, { amount: '12' })
    const saved2 = saveDraft(d, 'u1', 'app1', saved, { amount: '120' })
    const reopened = openDraft(d, 'u1', 'app1')
    expect(new Set([first.idempotencyKey, saved2.idempotencyKey, reopened.idempotencyKey]).size).toBe(1)
    expect(reopened.values).toEqual({ amount: '120' })
  })

  it('starts a new draft with a new key once the old one is discarded', () => {
    const d = deps()
    const first = saveDraft(d, 'u1', 'app1', openDraft(d, 'u1', 'app1'), { a: 1 })
    discardDraft(d.store, 'u1', 'app1')
    const next = openDraft(d, 'u1', 'app1')
    expect(next.idempotencyKey).not.toBe(first.idempotencyKey)
    expect(next.values).toEqual({})
  })

  it('keeps drafts apart per user and app, and ignores damaged ones', () => {
    const d = deps()
    saveDraft(d, 'u1', 'app1', openDraft(d, 'u1', 'app1'), { a: 1 })
    expect(hasDraft(d.store, 'u1', 'app1')).toBe(true)
    expect(hasDraft(d.store, 'u2', 'app1')).toBe(false)
    expect(hasDraft(d.store, 'u1', 'app2')).toBe(false)
    d.store.setItem('signoff.draft.u3.app1', '{not json')
    expect(openDraft(d, 'u3', 'app1').values).toEqual({})
  })

  it('rekeys a draft whose key the server has seen with other values', () => {
    const d = deps()
    const draft = saveDraft(d, 'u1', 'app1', openDraft(d, 'u1', 'app1'), { a: 1 })
    const next = rekeyDraft(d, 'u1', 'app1', draft)
    expect(next.idempotencyKey).not.toBe(draft.idempotencyKey)
    expect(openDraft(d, 'u1', 'app1')).toEqual(next)
  })

  it('remembers recent apps, newest first, without repeats', () => {
    const { store } = deps()
    rememberRecent(store, 'u1', 'a')
    rememberRecent(store, 'u1', 'b')
    rememberRecent(store, 'u1', 'a')
    expect(recentApps(store, 'u1')).toEqual(['a', 'b'])
    expect(recentApps(store, 'u2')).toEqual([])
    for (const id of ['c', 'd', 'e', 'f', 'g']) rememberRecent(store, 'u1', id, 4)
    expect(recentApps(store, 'u1')).toEqual(['g', 'f', 'e', 'd'])
  })
})
