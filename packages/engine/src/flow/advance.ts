import type { NodeKind } from '@signoff/schemas'
import { type Executor, executors } from '../executors/executors.ts'
import type { Token } from '../model/state.ts'
import { nextId, type Run } from '../run.ts'
import { fail } from './lifecycle.ts'

// A definition with a cycle through nodes that never wait would otherwise spin for ever within one event.
const maxEntriesPerEvent = 2000

export function enter(run: Run, token: Token): void {
  if (run.visited.length >= maxEntriesPerEvent) {
    fail(run, 'the flow keeps moving without waiting for anyone (a loop)', token.node)
    return
  }
  const node = run.graph.node(token.node)
  run.visited.push(node.id)
  const executor = executors[node.kind as NodeKind] as Executor<NodeKind>
  executor(run, token, node as never)
}

export function moveTo(run: Run, token: Token, target: string): void {
  token.node = target
  enter(run, token)
}

/** Follows the node's single outgoing edge. */
export function advance(run: Run, token: Token): void {
  const [edge] = run.graph.outgoing(token.node)
  if (!edge) {
    fail(run, 'the flow stops at a node with no way out', token.node)
    return
  }
  moveTo(run, token, edge.target)
}

export function spawn(run: Run, node: string, frames: string[]): Token {
  const token: Token = { id: nextId(run, 'k'), node, frames }
  run.state.tokens.push(token)
  return token
}

export function consume(run: Run, token: Token): void {
  run.state.tokens = run.state.tokens.filter((t) => t.id !== token.id)
}

export function isRunning(run: Run): boolean {
  return run.state.status === 'running'
}
