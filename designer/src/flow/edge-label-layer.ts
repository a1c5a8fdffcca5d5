import { type ReactFlowState, useStore } from '@xyflow/react'
import { createContext, useContext, useMemo } from 'react'

const domNodeOf = (state: ReactFlowState) => state.domNode

/** The layer React Flow draws edge labels in, for the edges below the canvas that provides it. */
export const EdgeLabelLayer = createContext<HTMLElement | null>(null)

/**
 * Finds the label layer once per canvas. React Flow's own EdgeLabelRenderer looks it up with querySelector
 * in a store selector in every edge, so on a 500-edge flow every store update (several per pointer move of
 * a drag) ran 500 DOM queries: most of the drag's cost in bench workload 6.
 */
export function useFindEdgeLabelLayer(): HTMLElement | null {
  const domNode = useStore(domNodeOf)
  return useMemo(
    () => domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null,
    [domNode],
  )
}

export const useEdgeLabelLayer = () => useContext(EdgeLabelLayer)
