// End-to-end tests drive Debian's Chromium (never a downloaded browser) and need CJK fonts, without
// which every Chinese label renders as empty boxes in the screenshots. Installs both when missing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium'

const hasCjkFont = () => {
  const probe = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' })
  return probe.status === 0 && probe.stdout.trim().length > 0
}

function apt(args) {
  const asRoot = process.getuid?.() === 0
  const [cmd, ...rest] = asRoot ? ['apt-get', ...args] : ['sudo', '-n', 'apt-get', ...args]
  return spawnSync(cmd, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status
}

export function ensureBrowser() {
  if (existsSync(chromiumPath) && hasCjkFont()) return
  console.log('Installing Chromium and CJK fonts for the end-to-end tests (apt-get)…')
  const packages = ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk']
  // Package lists may be missing or stale on a fresh machine; refresh them only when the install needs it.
  if (apt(packages) !== 0 && (apt(['update']) !== 0 || apt(packages) !== 0))
    throw new Error('could not install chromium and fonts-noto-cjk with apt-get')
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is still missing after installing chromium`)
}
