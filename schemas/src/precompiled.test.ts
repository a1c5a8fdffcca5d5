import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { precompiledSchemas } from '../scripts/precompile.ts'
import { createAjv, schemaBase } from './ajv.ts'
import * as precompiled from './generated/definition-validators.ts'
import { fieldTypes, nodeKinds } from './generated/kinds.ts'

// The precompiled validators (Ajv standalone code, `pnpm generate`) must check exactly as the Ajv the
// server used to compile at start-up: same verdict, same errors, field for field and in order.
const fresh = createAjv()
const validators = Object.entries(precompiledSchemas).map(([name, file]) => {
  const compiled = fresh.getSchema(`${schemaBase}${file}`)
  if (!compiled) throw new Error(`${file} is not registered`)
  const generated = (precompiled as unknown as Record<string, typeof compiled>)[name]
  if (!generated) throw new Error(`no precompiled validator ${name}`)
  return { name: name as keyof typeof precompiledSchemas, compiled, generated }
})
const validatorOf = (name: keyof typeof precompiledSchemas) => {
  const found = validators.find((v) => v.name === name)
  if (!found) throw new Error(name)
  return found
}

function both(name: keyof typeof precompiledSchemas, data: unknown) {
  const { compiled, generated } = validatorOf(name)
  const verdicts = [compiled(data), generated(data)]
  return {
    compiled: { valid: verdicts[0], errors: compiled.errors ?? null },
    generated: { valid: verdicts[1], errors: generated.errors ?? null },
  }
}

// The template apps as the designer opens them: the realistic definitions to mutate.
const appsDir = new URL('../../packages/templates/apps/', import.meta.url)
const templateApps = readdirSync(appsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, app: JSON.parse(readFileSync(new URL(file, appsDir), 'utf8')) as unknown }))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

/** Every path in a JSON value, the root included. */
function pathsOf(value: Json, at: Path = []): Path[] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => pathsOf(item, [...at, index]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))
      : []
  return [at, ...inner]
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | undefined {
  if (path.length === 0) return undefined
  let parent = root
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json
  return { parent, key: path[path.length - 1] as string | number }
}

// Values that hit the schemas' edges: wrong types, empty and overlong text, bad dates and patterns,
// every kind name (the discriminators), numbers out of range.
const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e21,
    '',
    'x',
    'not a date',
    '2026-02-30',
    '2026-11-23T08:00:00Z',
  ),
  fc.constantFrom<Json>(
    ...fieldTypes,
    ...nodeKinds,
    'approval',
    'A_b',
    '^[',
    'https://example.com',
    'a@b.cn',
  ),
  fc.constantFrom<Json>('长'.repeat(2001), 'x'.repeat(65), [], {}, [1, 1], { 'zh-CN': '' }, { en: 'x' }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
)

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'add'; pick: number; key: string; value: Json }
  | { kind: 'copy'; pick: number; from: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: oddValue }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.constantFrom('extra', 'id', 'kind', 'type', 'required', 'min', 'visibleWhen', 'en'),
    value: oddValue,
  }),
  fc.record({ kind: fc.constant('copy' as const), pick: fc.nat(), from: fc.nat() }),
)

function mutate(app: Json, mutations: Mutation[]): Json {
  let root = structuredClone(app)
  for (const change of mutations) {
    const paths = pathsOf(root)
    const path = paths[change.pick % paths.length] as Path
    const at = parentOf(root, path)
    const target = at ? ((at.parent as Record<string | number, Json>)[at.key] as Json) : root
    const put = (value: Json) => {
      if (!at) root = value
      else (at.parent as Record<string | number, Json>)[at.key] = value
    }
    if (change.kind === 'delete') {
      if (!at) continue
      if (Array.isArray(at.parent)) at.parent.splice(at.key as number, 1)
      else delete (at.parent as Record<string, Json>)[at.key]
    } else if (change.kind === 'replace') put(structuredClone(change.value))
    else if (change.kind === 'add') {
      if (Array.isArray(target)) target.push(structuredClone(change.value))
      else if (target !== null && typeof target === 'object')
        target[change.key] = structuredClone(change.value)
    } else {
      // Another part of the same app in this place: plausible shapes in the wrong spot.
      const source = paths[change.from % paths.length] as Path
      const found = source.reduce<Json>(
        (value, key) => (value as Record<string | number, Json>)[key] as Json,
        root,
      )
      put(structuredClone(found))
    }
  }
  return root
}

describe('precompiled definition validators', () => {
  it('are generated for every exported schema', () => {
    expect(validators.map((v) => v.name)).toEqual(['app', 'form', 'flow', 'directory', 'orgImport'])
  })

  it.each(templateApps)('accept the template $file as Ajv does', ({ app }) => {
    const result = both('app', app)
    expect(result.generated).toEqual(result.compiled)
    expect(result.generated.valid).toBe(true)
  })

  it('give the errors Ajv gives on mutated template apps, forms and flows', () => {
    let invalid = 0
    fc.assert(
      fc.property(
        fc.nat({ max: templateApps.length - 1 }),
        fc.constantFrom('app' as const, 'form' as const, 'flow' as const),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (index, part, mutations) => {
          const app = (templateApps[index] as { app: Record<string, Json> }).app
          const data = mutate(part === 'app' ? app : (app[part] as Json), mutations)
          const result = both(part, data)
          if (!result.compiled.valid) invalid++
          expect(result.generated).toEqual(result.compiled)
        },
      ),
      { numRuns: Number(process.env.PRECOMPILED_RUNS ?? 400) },
    )
    // Most mutations break the definition: the errors, not only the verdicts, were compared.
    expect(invalid).toBeGreaterThan(100)
  })

  it('give the errors Ajv gives on arbitrary directories and org-import rows', () => {
    fc.assert(
      fc.property(fc.constantFrom('directory' as const, 'orgImport' as const), oddValue, (name, data) => {
        const result = both(name, data)
        expect(result.generated).toEqual(result.compiled)
      }),
      { numRuns: 100 },
    )
  })
})
