import { useEffect } from 'react'
import { designerStore } from '../store/use-designer.ts'

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y, ⌘ on macOS) undo and redo designer edits, even while typing in the panel's inputs. */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      // JSON text areas apply on a button; until then their own text undo is the one meant.
      if (event.target instanceof HTMLTextAreaElement) return
      const key = event.key.toLowerCase()
      const { undo, redo } = designerStore.temporal.getState()
      if (key === 'z' && !event.shiftKey) undo()
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
