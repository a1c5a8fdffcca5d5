import { useEffect, useState } from 'react'
import type { DirectoryEntry, DirectoryKind, DirectoryService } from '../types.ts'

/** The entries of the chosen ids, looked up once each so their names show instead of ids. */
export function useDirectoryNames(
  directory: DirectoryService | undefined,
  kind: DirectoryKind,
  ids: readonly string[],
): Map<string, DirectoryEntry> {
  const [known, setKnown] = useState(() => new Map<string, DirectoryEntry>())
  const missing = ids.filter((id) => !known.has(id))
  const key = missing.join(',')
  useEffect(() => {
    if (!directory || key === '') return
    let current = true
    directory
      .resolve(kind, key.split(','))
      .then((entries) => {
        if (current) setKnown((before) => new Map([...before, ...entries.map((e) => [e.id, e] as const)]))
      })
      .catch(() => {})
    return () => {
      current = false
    }
  }, [directory, kind, key])
  return known
}
