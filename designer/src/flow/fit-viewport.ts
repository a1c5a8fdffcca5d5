import type { Viewport } from '@xyflow/react'

interface Box {
  position: { x: number; y: number }
  width?: number
  height?: number
}

const margin = 24

/**
 * The viewport that shows every card in a pane of that size, centred, never enlarged past 100%.
 * Computed from the laid-out positions and sizes the view already has, so it needs no measuring.
 */
export function fitViewport(nodes: readonly Box[], width: number, height: number): Viewport | null {
  if (nodes.length === 0 || width <= 0 || height <= 0) return null
  const left = Math.min(...nodes.map((node) => node.position.x))
  const top = Math.min(...nodes.map((node) => node.position.y))
  const right = Math.max(...nodes.map((node) => node.position.x + (node.width ?? 0)))
  const bottom = Math.max(...nodes.map((node) => node.position.y + (node.height ?? 0)))
  const zoom = Math.min(
    1,
    (width - 2 * margin) / Math.max(1, right - left),
    (height - 2 * margin) / Math.max(1, bottom - top),
  )
  return {
    x: width / 2 - ((left + right) / 2) * zoom,
    y: height / 2 - ((top + bottom) / 2) * zoom,
    zoom,
  }
}
