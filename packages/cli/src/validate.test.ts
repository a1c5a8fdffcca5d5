import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { demoDirectory, templates } from '@signoff/templates'
import { describe, expect, it } from 'vitest'
import { corruptions } from './corruptions.ts'
import { runCli } from './main.ts'

const dir = mkdtempSync(join(tmpdir(), 'signoff-cli-'))
let files = 0
function writeJson(value: unknown): string {
  const file = join(dir, `app-${files++}.json`)
  writeFileSync(file, JSON.stringify(value, null, 2))
  return file
}

const cases = templates.flatMap(({ key, app }) =>
  Object.entries(corruptions).flatMap(([name, corrupt]) => {
    const broken = corrupt(app)
    return broken ? [{ key, name, app: broken.app, path: broken.path }] : []
  }),
)

describe('signoff validate', () => {
  it.each(templates.map(({ key, app }) => [key, app] as const))(
    'passes the built-in %s template',
    (_, app) => {
      const result = runCli(['validate', writeJson(app)])
      expect(result.stdout.join('\n')).toContain('valid')
      expect(result.exitCode).toBe(0)
    },
  )

  it('covers every corruption on at least one template', () => {
    expect(new Set(cases.map(({ name }) => name))).toEqual(new Set(Object.keys(corruptions)))
  })

  it.each(cases)('fails on $key after "$name", naming $path', ({ app, path }) => {
    const result = runCli(['validate', writeJson(app)])
    expect(result.exitCode).toBe(1)
    expect(result.stdout.join('\n')).toMatch(new RegExp(`error +${path.replaceAll('/', '\\/')}[ /]`))
  })

  it('speaks Chinese on request', () => {
    const broken = cases.find(({ name }) => name === 'drop a default branch')?.app
    const result = runCli(['validate', writeJson(broken), '--lang', 'zh'])
    expect(result.exitCode).toBe(1)
    expect(result.stdout.join('\n')).toMatch(/默认/)
  })

  it('reports unreadable files and bad JSON with exit 2', () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"schemaVersion": 1,')
    expect(runCli(['validate', bad]).stderr.join('\n')).toContain('not valid JSON')
    expect(runCli(['validate', join(dir, 'missing.json')]).exitCode).toBe(2)
  })

  it('checks against a directory when given one', () => {
    const app = templates[0]?.app
    const result = runCli(['validate', writeJson(app), '--directory', writeJson(demoDirectory)])
    expect(result.exitCode).toBe(0)
  })

  it('exits non-zero from the real command line', () => {
    const broken = cases[0]?.app
    const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx')
    const run = spawnSync(tsx, [join(import.meta.dirname, 'bin.ts'), 'validate', writeJson(broken)], {
      encoding: 'utf8',
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('error')
  })
})

describe('signoff diff', () => {
  it('prints what changed between two versions and exits 1', () => {
    const before = templates[0]?.app
    const after = structuredClone(before)
    if (!after) throw new Error('no template')
    after.form.fields = after.form.fields.slice(1)
    const result = runCli(['diff', writeJson(before), writeJson(after)])
    expect(result.exitCode).toBe(1)
    expect(result.stdout.join('\n')).toMatch(/removed/i)
  })

  it('exits 0 for identical versions', () => {
    const app = templates[1]?.app
    expect(runCli(['diff', writeJson(app), writeJson(app)])).toMatchObject({
      exitCode: 0,
      stdout: ['no differences'],
    })
  })

  it('refuses a file that is not an app definition, with the path of the problem', () => {
    const result = runCli(['diff', writeJson({ schemaVersion: 1 }), writeJson(templates[0]?.app)])
    expect(result.exitCode).toBe(2)
    expect(result.stderr.join('\n')).toContain('/key')
  })
})

describe('signoff usage', () => {
  it('explains unknown commands and options', () => {
    expect(runCli(['frobnicate']).exitCode).toBe(2)
    expect(runCli(['validate', '--fast', 'x.json'])).toMatchObject({ exitCode: 2 })
    expect(runCli(['validate']).stderr[0]).toContain('at least one')
  })
})
