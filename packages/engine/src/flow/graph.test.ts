import type { FlowNode } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { definitionOf } from '../testing/fixtures.ts'
import { graphOf } from './graph.ts'

const node = (id: string) => ({ id, kind: 'end', name: { 'zh-CN': id } }) as unknown as FlowNode

describe('graphOf', () => {
  const definition = definitionOf({
    nodes: [{ ...node('start'), kind: 'start' } as FlowNode, node('a'), node('b')],
    edges: [
      { id: 'e1', source: 'start', target: 'a' },
      { id: 'e2', source: 'a', target: 'b' },
      { id: 'e3', source: 'start', target: 'b' },
    ],
  })

  it("lists a node's outgoing edges in the flow's order, and none for a node without", () => {
    const graph = graphOf(definition)
    expect(graph.outgoing('start').map((e) => e.id)).toEqual(['e1', 'e3'])
    expect(graph.outgoing('b')).toEqual([])
  })

  it('gives a list of its own each time', () => {
    const graph = graphOf(definition)
    graph.outgoing('start').reverse()
    expect(graph.outgoing('start').map((e) => e.id)).toEqual(['e1', 'e3'])
  })

  it('reads a changed flow (a new object) afresh', () => {
    const changed = { ...definition, flow: { ...definition.flow, edges: definition.flow.edges.slice(1) } }
    expect(
      graphOf(changed)
        .outgoing('start')
        .map((e) => e.id),
    ).toEqual(['e3'])
    expect(
      graphOf(definition)
        .outgoing('start')
        .map((e) => e.id),
    ).toEqual(['e1', 'e3'])
  })
})
