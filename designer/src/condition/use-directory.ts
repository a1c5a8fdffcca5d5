import type { Directory } from '@signoff/schemas'
import { useEffect, useState } from 'react'
import { api } from '../api/client.ts'

// One request for every picker on the page; a failure is forgotten so the next picker tries again.
let loading: Promise<Directory | undefined> | undefined

/** The organization's people, departments and roles, once loaded; undefined before or when it cannot be read. */
export function useDirectory(): Directory | undefined {
  const [directory, setDirectory] = useState<Directory>()
  useEffect(() => {
    let live = true
    loading ??= api.directory().catch(() => {
      loading = undefined
      return undefined
    })
    void loading.then((loaded) => {
      if (live) setDirectory(loaded)
    })
    return () => {
      live = false
    }
  }, [])
  return directory
}
