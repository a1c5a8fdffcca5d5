import type { Resolver } from './resolver.ts'

/** Supervisors from the direct one upwards, stopping at upToLevel or after the first holder of upToRole, else at the top. */
export const resolveSupervisorChain: Resolver<'supervisorChain'> = (rule, { org, initiator }) => {
  const chain = org.supervisorChain(initiator)
  const byLevel = rule.upToLevel === undefined ? chain : chain.slice(0, rule.upToLevel)
  const role = rule.upToRole
  if (role === undefined) return byLevel
  const holder = byLevel.findIndex((id) => org.user(id)?.roles.includes(role))
  return holder === -1 ? byLevel : byLevel.slice(0, holder + 1)
}
