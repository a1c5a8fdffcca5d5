import { describe, expect, it } from 'vitest'
import { fitViewport } from './fit-viewport.ts'

const card = (x: number, y: number) => ({ position: { x, y }, width: 200, height: 100 })

describe('fitViewport', () => {
  it('centres a small flow at 100%', () => {
    expect(fitViewport([card(0, 0), card(0, 200)], 1000, 800)).toEqual({ x: 400, y: 250, zoom: 1 })
  })

  it('shrinks a tall flow until its top and bottom cards are inside the pane', () => {
    const nodes = [card(0, -500), card(0, 1400)]
    const viewport = fitViewport(nodes, 1000, 800)
    if (!viewport) throw new Error('no viewport')
    expect(viewport.zoom).toBeLessThan(1)
    const topOnScreen = -500 * viewport.zoom + viewport.y
    const bottomOnScreen = 1500 * viewport.zoom + viewport.y
    expect(topOnScreen).toBeGreaterThanOrEqual(0)
    expect(bottomOnScreen).toBeLessThanOrEqual(800)
  })

  it('has nothing to fit in an empty flow or a pane not laid out yet', () => {
    expect(fitViewport([], 1000, 800)).toBeNull()
    expect(fitViewport([card(0, 0)], 0, 0)).toBeNull()
  })
})
