import { describe, expect, it } from 'vitest'
import { bpmnPeer } from './bpmn-peer.ts'
import { engineVsRaw } from './engine-vs-raw.ts'
import { growth } from './growth.ts'

// Tiny runs that prove each workload completes and counts what it should; timings are never asserted.
describe('the benchmark workloads at tiny sizes', () => {
  it('1: procurements through the service layer and the same writes replayed raw', async () => {
    const run = await engineVsRaw({ synchronous: 'NORMAL', instances: 4, rounds: 2 })
    expect(run.instances).toBe(4)
    // start, three decisions: each writes the instance or its tasks, an event row and notices.
    expect(run.writesPerInstance).toBeGreaterThanOrEqual(4 * 3)
    expect(run.bytesPerInstance).toBeGreaterThan(0)
    expect(run.ratio).toBeGreaterThan(0)
  })

  it('2: bpmn-engine completes the same flow, its state saved at each wait', async () => {
    const run = await bpmnPeer({ instances: 2, synchronous: 'NORMAL' })
    expect(run.instances).toBe(2)
    expect(run.stateBytes).toBeGreaterThan(1000)
    expect(run.bytesPerInstance).toBeGreaterThanOrEqual(0)
  })

  it('4: the database grows to each size and every query answers a page', async () => {
    const points = await growth({ sizes: [30, 60], samples: 2, initiators: 3 })
    expect(points.map((point) => point.instances)).toEqual([30, 60])
    for (const point of points)
      for (const query of point.queries) expect(query.items, query.name).toBeGreaterThan(0)
  })
})
