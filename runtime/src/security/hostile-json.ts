import fc from 'fast-check'

// biome-ignore lint/suspicious/noExplicitAny: JSON documents of any shape
type Json = any

/** Parsed, so `__proto__` is an own key the way a client's JSON makes it, not a prototype. */
const parsed = (text: string): Json => JSON.parse(text)

/** Values a careless or hostile client puts where the API expects something else. */
export const hostileValues: readonly Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  '',
  '12',
  '1e999',
  'NaN',
  '-0',
  'true',
  'null',
  '__proto__',
  'constructor',
  '\u0000',
  '\u202egnp.exe',
  '../../etc/passwd',
  "'; drop table users; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax sent as data
  '${7*7}{{7*7}}',
  'x'.repeat(70_000),
  [],
  [[[[[[[[[[[]]]]]]]]]]],
  {},
  parsed('{"__proto__": {"polluted": true}}'),
  parsed('{"constructor": {"prototype": {"polluted": true}}}'),
  parsed('{"__proto__": null, "toString": 1, "hasOwnProperty": "x"}'),
]

const hostile = fc.constantFrom(...hostileValues)

/** Random JSON, with hostile values mixed in at any depth. */
export const anyJson: fc.Arbitrary<Json> = fc.oneof(
  { weight: 1, arbitrary: hostile },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype')),
      fc.oneof(hostile, fc.jsonValue({ maxDepth: 2 })),
      { maxKeys: 5 },
    ),
  },
)

function withOwnKey(target: Record<string, Json>, key: string, value: Json): Record<string, Json> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  return target
}

/**
 * A valid body with one of its keys (at the top or one level down) given a hostile or random value,
 * or an unexpected key added: what gets past a shallow check but not a schema.
 */
export function bodyArbitrary(valid: Json): fc.Arbitrary<Json> {
  const keys = valid !== null && typeof valid === 'object' && !Array.isArray(valid) ? Object.keys(valid) : []
  const replaced = fc
    .record({
      key: fc.oneof(
        fc.constantFrom(...(keys.length > 0 ? keys : ['x'])),
        fc.constantFrom('__proto__', 'extra'),
      ),
      value: anyJson,
    })
    .map(({ key, value }) => withOwnKey(structuredClone(valid ?? {}), key, value))
  return fc.oneof(anyJson, replaced, replaced)
}

/** Bodies every JSON route must refuse cleanly, as raw text with the JSON content type. */
export const hostileTexts: readonly [string, string][] = [
  ['deeply nested arrays', `${'['.repeat(60_000)}${']'.repeat(60_000)}`],
  ['deeply nested objects', `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`],
  ['truncated JSON', '{"a": [1, 2'],
  ['an empty body', ''],
  ['duplicate __proto__ keys', '{"__proto__": {"polluted": true}, "__proto__": {"polluted": true}}'],
  ['a lone surrogate', '{"a": "\\ud800"}'],
]
