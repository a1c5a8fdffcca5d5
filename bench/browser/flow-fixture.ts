import type { AppDefinition, Field, FlowDefinition } from '@signoff/schemas'

const name = (en: string) => ({ 'zh-CN': en, en })

/**
 * A flow of about `count` nodes: start, then blocks of an approval, a two-way condition on `amount`
 * (an approval on one branch), and a CC where the branches join; end.
 */
export function bigFlow(count: number): FlowDefinition {
  const nodes: Record<string, unknown>[] = [{ id: 'start', kind: 'start', name: name('Submit') }]
  const edges: Record<string, unknown>[] = []
  let previous = 'start'
  const link = (source: string, target: string, branch?: string) =>
    edges.push({ id: `e${edges.length}`, source, target, ...(branch ? { branch } : {}) })
  for (let block = 0; nodes.length + 4 < count; block++) {
    const [approve, split, extra, copy] = ['a', 'c', 'b', 'n'].map((prefix) => `${prefix}${block}`) as [
      string,
      string,
      string,
      string,
    ]
    nodes.push(
      {
        id: approve,
        kind: 'approval',
        name: name(`Approval ${block}`),
        approvers: [{ type: 'supervisor', level: 1 }],
      },
      {
        id: split,
        kind: 'condition',
        name: name(`Amount check ${block}`),
        branches: [
          { id: `hi${block}`, name: name('Large'), condition: { field: 'amount', op: 'gt', value: '1000' } },
          { id: `lo${block}`, name: name('Otherwise'), default: true },
        ],
      },
      {
        id: extra,
        kind: 'approval',
        name: name(`Second approval ${block}`),
        approvers: [{ type: 'supervisor', level: 2 }],
      },
      { id: copy, kind: 'cc', name: name(`Copy ${block}`), recipients: [{ type: 'roles', roles: ['hr'] }] },
    )
    link(previous, approve)
    link(approve, split)
    link(split, extra, `hi${block}`)
    link(split, copy, `lo${block}`)
    link(extra, copy)
    previous = copy
  }
  nodes.push({ id: 'end', kind: 'end', name: name('End') })
  link(previous, 'end')
  return { nodes, edges } as unknown as FlowDefinition
}

/** An app whose form has `count` text fields and the flow above of 20 nodes. */
export function bigApp(count: number): AppDefinition {
  const fields = Array.from(
    { length: count },
    (_, index): Field => ({ id: `f${index}`, type: 'text', label: name(`Field ${index}`) }) as Field,
  )
  return {
    schemaVersion: 1,
    key: 'bench',
    name: name('Bench'),
    form: { fields: [{ id: 'amount', type: 'money', label: name('Amount') } as Field, ...fields] },
    flow: bigFlow(20),
    settings: { starters: { everyone: true } },
  } as unknown as AppDefinition
}
