import type { ConditionBranch } from '@signoff/schemas'

/** The name a branch added to a condition gets: the nth condition, in both languages. */
export const numberedBranchName = (n: number): ConditionBranch['name'] => ({
  'zh-CN': `条件${n}`,
  en: `Condition ${n}`,
})
