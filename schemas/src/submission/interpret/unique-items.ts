import { typeCheck } from './data-types.ts'
import { deepEqual } from './deep-equal.ts'
import type { KeywordSpec } from './node.ts'

type Pair = { i: number; j: number }

// Items of one scalar type are indexed by value, scanning from the end; Ajv reports the pair it meets
// first, and it skips items of another type (their type is reported by `items`).
function indexedDuplicate(list: unknown[], isItem: (data: unknown) => boolean): Pair | undefined {
  const indices: Record<string, unknown> = {}
  for (let i = list.length; i--; ) {
    const item = list[i]
    if (!isItem(item)) continue
    const key = String(item)
    const seen = indices[key]
    if (typeof seen === 'number') return { i, j: seen }
    indices[key] = i
  }
  return undefined
}

function comparedDuplicate(list: unknown[]): Pair | undefined {
  for (let i = list.length; i--; ) for (let j = i; j--; ) if (deepEqual(list[i], list[j])) return { i, j }
  return undefined
}

export const uniqueItemsKeyword = {
  groups: ['array'],
  message: (p) => `must NOT have duplicate items (items ## ${String(p.j)} and ${String(p.i)} are identical)`,
  build(value, c) {
    if (typeof value !== 'boolean') throw new Error('"uniqueItems" must be true or false')
    if (!value) return undefined
    const itemType = (c.schema.items as { type?: unknown } | undefined)?.type
    const scalar = typeof itemType === 'string' && itemType !== 'object' && itemType !== 'array'
    const find = scalar ? (list: unknown[]) => indexedDuplicate(list, typeCheck(itemType)) : comparedDuplicate
    return (data, path, run) => {
      const list = data as unknown[]
      const pair = list.length > 1 ? find(list) : undefined
      return pair === undefined || c.fail(run, data, path, pair)
    }
  },
} satisfies KeywordSpec
