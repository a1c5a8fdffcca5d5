import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../config.ts'

const ownSecret = 'a-real-production-secret-of-40-characters'

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env, '/')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('the configuration was accepted')
}

describe('no default secrets in production', () => {
  it('refuses a missing, short or published secret, naming the setting', () => {
    expect(refusal({ NODE_ENV: 'production' })).toMatch(/SIGNOFF_SECRET .*required/)
    expect(refusal({ NODE_ENV: 'production', SIGNOFF_SECRET: 'changeme' })).toMatch(/SIGNOFF_SECRET/)
    const published = loadConfig({}, '/').secret
    expect(published.length).toBeGreaterThanOrEqual(32)
    expect(refusal({ NODE_ENV: 'production', SIGNOFF_SECRET: published })).toMatch(
      /published development secret/,
    )
  })

  it('keeps the demo users (one published password) out of production, by default and when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', SIGNOFF_SECRET: ownSecret }, '/').demo).toBe(false)
    expect(refusal({ NODE_ENV: 'production', SIGNOFF_SECRET: ownSecret, SIGNOFF_DEMO: '1' })).toMatch(
      /SIGNOFF_DEMO .*published password/,
    )
    // Outside production the demo stays the default.
    expect(loadConfig({}, '/').demo).toBe(true)
  })

  it('stops the real process before it opens anything, with a clear message and exit code 1', async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url))
    const dataDir = mkdtempSync(join(tmpdir(), 'signoff-prod-'))
    const child = spawn(process.execPath, ['--import', 'tsx', `${root}runtime/src/main.ts`], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SIGNOFF_SECRET: '',
        SIGNOFF_DATA_DIR: dataDir,
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const code = await new Promise<number | null>((exited) => child.on('exit', exited))
    expect(code).toBe(1)
    expect(output).toContain(
      'Configuration error: SIGNOFF_SECRET (at least 32 characters) is required when NODE_ENV=production',
    )
    expect(output).not.toContain('listening')
  }, 60_000)
})
