import type { Resolver } from './resolver.ts'

/** The Nth supervisor up the chain; nobody when the chain is shorter. */
export const resolveSupervisor: Resolver<'supervisor'> = (rule, { org, initiator }) => {
  const supervisor = org.supervisorChain(initiator)[rule.level - 1]
  return supervisor === undefined ? [] : [supervisor]
}
