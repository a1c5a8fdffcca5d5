import type { Resolver } from './resolver.ts'

export const resolveInitiator: Resolver<'initiator'> = (_rule, { initiator }) => [initiator]
