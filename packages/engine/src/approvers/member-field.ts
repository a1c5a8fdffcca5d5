import { idsIn, type Resolver } from './resolver.ts'

export const resolveMemberField: Resolver<'memberField'> = (rule, { values }) => idsIn(values[rule.field])
