import { useCallback, useEffect, useState } from 'react'

/** Loads once (and again on reload()); undefined while loading, an Error when it failed. */
export function useLoad<T>(load: () => Promise<T>): [T | Error | undefined, () => void] {
  const [value, setValue] = useState<T | Error | undefined>(undefined)
  const run = useCallback(() => {
    load().then(setValue, (error: unknown) =>
      setValue(error instanceof Error ? error : new Error(String(error))),
    )
  }, [load])
  useEffect(run, [run])
  return [value, run]
}
