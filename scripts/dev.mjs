#!/usr/bin/env node
// The two set-up commands (`npm start`, `npm test`) land here so that a fresh machine with only
// Node and the npm registry needs nothing else: pnpm is fetched at the pinned version when missing.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBrowser } from './ensure-browser.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// The pnpm release this repository's lockfile is written with.
const pinned = '12.21.0'

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

let pnpmCommand
function resolvePnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  return probe.status === 0 && probe.stdout.trim() === pinned ? ['pnpm'] : ['npx', '-y', `pnpm@${pinned}`]
}

function pnpm(args, options = {}) {
  pnpmCommand ??= resolvePnpm()
  const [cmd, ...prefix] = pnpmCommand
  return run(cmd, [...prefix, ...args], options)
}

function must(status, what) {
  if (status !== 0) {
    console.error(`\n${what} failed (exit ${status})`)
    process.exit(status)
  }
}

// better-sqlite3 compiles from source; node-gyp would download Node's headers, which a closed network
// refuses. pnpm passes only environment variables to install scripts, so point it at the local headers.
function buildEnvironment() {
  const env = { ...process.env }
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr'
  return env
}

function install() {
  must(pnpm(['install', '--frozen-lockfile'], { env: buildEnvironment() }), 'pnpm install')
}

function unitTests() {
  const report = join(root, 'node_modules', '.vitest-report.json')
  rmSync(report, { force: true })
  const status = pnpm([
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ])
  if (existsSync(report)) {
    const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'))
    console.log(`\nunit: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`)
  }
  return status
}

// Playwright journeys in Debian's Chromium against a real runtime on a fresh database (test/e2e).
// A port nobody listens on, so the journeys never collide with a running Signoff or another run.
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function endToEndTests() {
  ensureBrowser()
  process.env.SIGNOFF_E2E_PORT ??= String(await freePort())
  const report = join(root, 'test', 'e2e', 'artifacts', 'report.json')
  rmSync(report, { force: true })
  const status = pnpm([
    '--filter',
    '@signoff/test',
    'exec',
    'playwright',
    'test',
    '-c',
    'e2e/playwright.config.ts',
  ])
  if (existsSync(report)) {
    const { stats } = JSON.parse(readFileSync(report, 'utf8'))
    console.log(
      `\ne2e: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.skipped} skipped, ${stats.flaky} flaky`,
    )
  }
  return status
}

const command = process.argv[2]
if (command === 'start') {
  install()
  must(pnpm(['run', 'build']), 'build of the web apps')
  process.exit(pnpm(['--filter', '@signoff/runtime', 'start']))
} else if (command === 'test') {
  install()
  // Generated files fresh, lint, typecheck, web-app builds; then every test with a closing count.
  must(pnpm(['run', 'check:static']), 'checks')
  const unit = unitTests()
  const e2e = await endToEndTests()
  must(unit, 'tests')
  must(e2e, 'end-to-end tests')
} else {
  console.error('usage: node scripts/dev.mjs start|test')
  process.exit(2)
}
