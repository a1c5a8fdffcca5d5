import { useStore } from 'zustand'
import { createDesignerStore, type DesignerState } from './designer-store.ts'

/** The one store the designer page edits. */
export const designerStore = createDesignerStore()

export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(designerStore, selector)
}

export function useHistory() {
  const past = useStore(designerStore.temporal, (state) => state.pastStates.length)
  const future = useStore(designerStore.temporal, (state) => state.futureStates.length)
  const { undo, redo } = designerStore.temporal.getState()
  return { canUndo: past > 0, canRedo: future > 0, undo: () => undo(), redo: () => redo() }
}
