import type { Resolver } from './resolver.ts'

export const resolveUsers: Resolver<'users'> = (rule) => [...rule.users]
