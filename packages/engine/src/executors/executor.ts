import type { NodeOfKind } from '@signoff/node-types'
import type { NodeKind } from '@signoff/schemas'
import type { Token } from '../model/state.ts'
import type { Run } from '../run.ts'

/** What happens when a token arrives at a node of kind K. */
export type Executor<K extends NodeKind> = (run: Run, token: Token, node: NodeOfKind<K>) => void
