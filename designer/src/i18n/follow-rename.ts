import { nodeTypes } from '@signoff/node-types'

/** A bilingual name as the designer edits it. */
export interface BilingualName {
  'zh-CN': string
  en?: string
}

// The names the designer gives on its own, Chinese to English: each node kind's new-node name, the
// numbered branches a condition gets, and its fallback branch.
const givenNodeNames = new Map(
  Object.values(nodeTypes).map((type) => {
    const { name } = type.create('n') as { name: BilingualName }
    return [name['zh-CN'], name.en ?? ''] as const
  }),
)
const givenPatterns: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^条件(\d+)$/u, (match) => `Condition ${match[1]}`],
  [/^其他情况$/u, () => 'Otherwise'],
]

/** The English the designer itself gives a name `zh`, when `zh` is one of its own names. */
export function givenEnglish(zh: string): string | undefined {
  const text = zh.trim()
  const node = givenNodeNames.get(text)
  if (node) return node
  for (const [pattern, english] of givenPatterns) {
    const match = pattern.exec(text)
    if (match) return english(match)
  }
  return undefined
}

/**
 * A name renamed in Chinese. An English name the owner wrote stays; one that was only the designer's
 * own (the given English of the old Chinese name, a copy of it, or none) follows the rename: the given
 * English of the new name if it has one, else none, so English readers see the new Chinese name rather
 * than a stale "Condition 2" on a branch now called 超过 5,000 元.
 */
export function renameZh<T extends BilingualName>(name: T, zh: string): T {
  const { en: _en, ...rest } = name
  const en = name.en?.trim() ?? ''
  const old = name['zh-CN']
  const ownersOwn = en !== '' && en !== givenEnglish(old) && en !== old.trim()
  if (ownersOwn) return { ...rest, 'zh-CN': zh, en: name.en } as T
  const next = givenEnglish(zh)
  return (next ? { ...rest, 'zh-CN': zh, en: next } : { ...rest, 'zh-CN': zh }) as T
}

/** A name's English set by the owner; empty removes it (English readers then see the Chinese name). */
export function renameEn<T extends BilingualName>(name: T, en: string): T {
  const { en: _en, ...rest } = name
  return (en ? { ...rest, en } : rest) as T
}
