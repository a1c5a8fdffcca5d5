import fc from 'fast-check'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every JSON Pointer-like path (as key lists) inside a document, the root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix]
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => paths(item, [...prefix, i])))
  if (value && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key])))
  }
  return here
}

export type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'remove'; at: number }
  | { kind: 'duplicate'; at: number }

// What a careless hand edit or a hostile client does to a definition: put anything anywhere,
// drop things, copy things (duplicate ids), including keys like __proto__.
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
      fc.constantFrom<Json>('', '__proto__', 'constructor', '1e999', '-0', 'ghost', {
        __proto__: { x: 1 },
      } as Json),
    ),
  }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
)

export function mutate<T>(original: T, mutations: readonly Mutation[]): unknown {
  let doc = structuredClone(original) as Json
  for (const mutation of mutations) {
    const all = paths(doc)
    const path = all[mutation.at % all.length] ?? []
    if (path.length === 0) {
      if (mutation.kind === 'replace') doc = mutation.value
      continue
    }
    const parent = path
      .slice(0, -1)
      .reduce<Json>((node, key) => (node as Record<string, Json>)[key] as Json, doc)
    const key = path[path.length - 1] as string | number
    if (Array.isArray(parent) && typeof key === 'number') {
      if (mutation.kind === 'replace') parent[key] = mutation.value
      if (mutation.kind === 'remove') parent.splice(key, 1)
      if (mutation.kind === 'duplicate') parent.splice(key, 0, structuredClone(parent[key] as Json))
    } else if (parent && typeof parent === 'object' && !Array.isArray(parent)) {
      if (mutation.kind === 'replace')
        Object.defineProperty(parent, key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
      if (mutation.kind === 'remove') delete parent[key]
      if (mutation.kind === 'duplicate') parent[`${key}Copy`] = structuredClone(parent[key] as Json)
    }
  }
  return doc
}
