import { useRef } from 'react'

/**
 * Stable React keys for detail-table rows, so moving or removing a row keeps each row's inputs (and the
 * focus) with its row. The keys follow the row count when rows come from outside.
 */
export function useRowKeys(count: number) {
  const next = useRef(0)
  const keys = useRef<number[]>([])
  while (keys.current.length < count) keys.current.push(next.current++)
  if (keys.current.length > count) keys.current = keys.current.slice(0, count)
  return {
    keys: keys.current,
    add() {
      keys.current = [...keys.current, next.current++]
    },
    remove(index: number) {
      keys.current = keys.current.filter((_, i) => i !== index)
    },
    move(from: number, to: number) {
      const list = [...keys.current]
      const [key] = list.splice(from, 1)
      if (key !== undefined) list.splice(to, 0, key)
      keys.current = list
    },
  }
}
