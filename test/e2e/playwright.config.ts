import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

const root = join(import.meta.dirname, '..', '..')
const port = Number(process.env.SIGNOFF_E2E_PORT ?? 18787)
// One fresh database for the whole run; workers inherit it through the environment.
process.env.SIGNOFF_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'signoff-e2e-'))

export const artifacts = join(import.meta.dirname, 'artifacts')

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: join(artifacts, 'results'),
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // The journeys share one database and its demo users; they run one after another.
  workers: 1,
  fullyParallel: false,
  // One retry absorbs a machine hiccup on a shared 2-core box; a retried pass is still reported as flaky
  // in the test command's summary, so a journey that starts to wobble shows up rather than hides.
  retries: 1,
  reporter: [['list'], ['json', { outputFile: join(artifacts, 'report.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx runtime/src/main.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      SIGNOFF_DATA_DIR: process.env.SIGNOFF_E2E_DATA,
      SIGNOFF_DEMO: '1',
    },
  },
})
