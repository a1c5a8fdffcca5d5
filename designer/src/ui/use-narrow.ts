import { useSyncExternalStore } from 'react'

const query = '(max-width: 900px)'

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(query)
  list.addEventListener('change', onChange)
  return () => list.removeEventListener('change', onChange)
}

/** True on phones and narrow windows, where the designer stacks its panes (same width as designer.css). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches)
}
