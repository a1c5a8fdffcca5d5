import { useSyncExternalStore } from 'react'
import { useMe } from './session.ts'

// The level the console last read, ahead of the signed-in session's copy (read at sign-in only).
let known: string | undefined
const listeners = new Set<() => void>()

export function rememberCertificationLevel(level: string): void {
  if (level === known) return
  known = level
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The organization's certification level ('none' when uncertified). */
export function useCertificationLevel(): string {
  const me = useMe()
  const latest = useSyncExternalStore(subscribe, () => known)
  return latest ?? me.tenant.certificationLevel ?? 'none'
}
