import type { ConditionBranch } from '@signoff/schemas'

type BranchName = ConditionBranch['name']

/** The name a branch added to a condition gets: the nth condition, in both languages. */
export const numberedBranchName = (n: number): BranchName => ({ 'zh-CN': `条件${n}`, en: `Condition ${n}` })

// The names the designer and the condition node's template give on their own, Chinese to English.
const generated: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^条件(\d+)$/u, (match) => numberedBranchName(Number(match[1])).en ?? ''],
  [/^其他情况$/u, () => 'Otherwise'],
]

/** The English the designer would have given a branch called `zh`, if it is one of its own names. */
export function generatedEnglish(zh: string): string | undefined {
  for (const [pattern, english] of generated) {
    const match = pattern.exec(zh.trim())
    if (match) return english(match)
  }
  return undefined
}

/**
 * A branch renamed in Chinese. An English name the owner wrote stays; one that was only the designer's
 * own (the default for the old Chinese name, a copy of it, or none) follows the rename: the default for
 * the new name if it has one, else none, so English readers see the new Chinese name rather than a
 * stale "Condition 2" on a branch now called 超过 5,000 元.
 */
export function renameBranchZh(name: BranchName, zh: string): BranchName {
  const en = name.en?.trim() ?? ''
  const old = name['zh-CN']
  const ownersOwn = en !== '' && en !== generatedEnglish(old) && en !== old.trim()
  if (ownersOwn) return { 'zh-CN': zh, en: name.en ?? '' }
  const next = generatedEnglish(zh)
  return next ? { 'zh-CN': zh, en: next } : { 'zh-CN': zh }
}

/** A branch's English name set by the owner; empty removes it (English then shows the Chinese name). */
export function renameBranchEn(name: BranchName, en: string): BranchName {
  return { 'zh-CN': name['zh-CN'], ...(en ? { en } : {}) }
}
