import { describe, expect, it } from 'vitest'
import { lintApp } from '../lint-app.ts'
import { app, chain, edge, line, node, run } from '../test-fixtures.ts'
import { retryFrom } from './retry-from.ts'

const automation = (id: string, from?: string) =>
  node('automation', id, {
    action: { type: 'builtin', name: 'certification.verifyDeposit' },
    retry: { maxAttempts: 3 },
    ...(from === undefined ? {} : { retryFrom: from }),
  })
const handler = (id: string) => node('handler', id, { handlers: [{ type: 'initiator' }] })
const branches = [
  { id: 'big', name: { 'zh-CN': '大额' }, condition: { field: 'title', op: 'eq', value: 'x' } },
  { id: 'other', name: { 'zh-CN': '其他' }, default: true },
]

/** start → c ⟨big: enter⟩ ⟨other: straight on⟩ → check → end: `enter` is on one path to `check` only. */
function branchy(from: string) {
  return app({
    nodes: [
      node('start', 'start'),
      node('condition', 'c', { branches }),
      handler('enter'),
      automation('check', from),
      node('end', 'end'),
    ],
    edges: [
      edge('in', 'start', 'c'),
      edge('big', 'c', 'enter', 'big'),
      edge('other', 'c', 'check', 'other'),
      ...chain('enter', 'check', 'end'),
    ],
  })
}

describe('retryFrom', () => {
  it('accepts a node before the automation on every path, the start included', () => {
    expect(run(retryFrom, line([handler('enter'), automation('check', 'enter')]))).toEqual([])
    expect(run(retryFrom, line([handler('enter'), automation('check', 'start')]))).toEqual([])
    expect(run(retryFrom, branchy('start'))).toEqual([])
    expect(run(retryFrom, line([automation('check')]))).toEqual([])
  })

  it('refuses a node on only one of the paths, naming a path that passes it by', () => {
    const [found] = lintApp(branchy('enter')).filter((f) => f.code.startsWith('flow.retryFrom'))
    expect(found).toEqual({
      code: 'flow.retryFromNotEarlier',
      severity: 'error',
      path: '/flow/nodes/3/retryFrom',
      message:
        "Automation 'Automation (check)' retries from 'Handler (enter)', which does not come before it on every path: start → c → check passes by it",
      messageZh:
        '自动化节点“自动化（check）”从“办理人（enter）”重试，但并非每条到达它的路径都先经过该节点：start → c → check 未经过它',
    })
  })

  it('refuses a node after the automation, the automation itself, and one in a parallel branch', () => {
    const after = line([automation('check', 'enter'), handler('enter')])
    expect(run(retryFrom, after)).toEqual([['error', 'flow.retryFromNotEarlier', '/flow/nodes/1/retryFrom']])
    const itself = line([handler('enter'), automation('check', 'check')])
    expect(run(retryFrom, itself)).toEqual([['error', 'flow.retryFromNotEarlier', '/flow/nodes/2/retryFrom']])
    const parallel = app({
      nodes: [
        node('start', 'start'),
        node('parallel', 'split'),
        handler('a'),
        handler('b'),
        node('join', 'join'),
        automation('check', 'a'),
        node('end', 'end'),
      ],
      edges: [...chain('start', 'split', 'a', 'join', 'check', 'end'), ...chain('split', 'b', 'join')],
    })
    expect(run(retryFrom, parallel)).toEqual([
      ['error', 'flow.retryFromNotEarlier', '/flow/nodes/5/retryFrom'],
    ])
  })

  it('refuses a node that does not exist', () => {
    expect(run(retryFrom, line([automation('check', 'ghost')]))).toEqual([
      ['error', 'flow.retryFromMissing', '/flow/nodes/1/retryFrom'],
    ])
  })
})
