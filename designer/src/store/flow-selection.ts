import { create } from 'zustand'

/** The node selected on the flow canvas (not part of the undo history); edgeId picks one branch of a split. */
interface FlowSelection {
  nodeId: string | null
  edgeId: string | null
  /** Bumped when the canvas should bring the selection into view (picked from the findings drawer). */
  reveal: number
  select: (nodeId: string | null, edgeId?: string | null) => void
  /** Selects and scrolls the canvas to it. */
  show: (nodeId: string, edgeId?: string | null) => void
}

export const useFlowSelection = create<FlowSelection>((set) => ({
  nodeId: null,
  edgeId: null,
  reveal: 0,
  select: (nodeId, edgeId = null) => set({ nodeId, edgeId }),
  show: (nodeId, edgeId = null) => set((state) => ({ nodeId, edgeId, reveal: state.reveal + 1 })),
}))
