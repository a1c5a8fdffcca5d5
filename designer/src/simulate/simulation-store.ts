import type { SimulatedStep } from '@signoff/engine'
import { create } from 'zustand'

interface SimulationState {
  /** The path of the last simulation while the drawer is open; the flow canvas highlights its nodes. */
  steps: SimulatedStep[] | null
  show: (steps: SimulatedStep[] | null) => void
}

export const useSimulation = create<SimulationState>((set) => ({
  steps: null,
  show: (steps) => set({ steps }),
}))
