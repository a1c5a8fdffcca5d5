import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { procurementCycle, type Session } from './http-mix.ts'
import { initiators } from './procurement.ts'
import { startServer } from './server-process.ts'
import { perSecond } from './timing.ts'

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface HttpRun {
  connections: number
  requests: number
  instancesCompleted: number
  instancesPerSecond: number
  latencyP50: number
  latencyP99: number
  /** Connection errors, timeouts included. */
  errors: number
  timeouts: number
  non2xx: number
  rssPeakBytes: number
  durationSeconds: number
}

const approvers = ['lisi', 'wangwu', 'sunba', 'yangliu', 'qianqi', 'chensan']

async function signIn(base: string, login: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'demo1234', tenant: 'demo' }),
  })
  if (response.status !== 200)
    throw new Error(`sign-in of ${login}: ${response.status} ${await response.text()}`)
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return { cookie, csrf: csrfToken }
}

/**
 * Workload 3: the real server (runtime/src/main.ts on a fresh data directory with the demo data)
 * on loopback, and autocannon with `connections` connections each running procurement cycles
 * (upload, start, then three inbox reads and approvals by the right people) `cycles` times.
 */
export async function httpLoad(options: { connections: number; cycles: number }): Promise<HttpRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'signoff-bench-http-'))
  const server = await startServer({
    entry: 'runtime/src/main.ts',
    // To profile the server under this load: SIGNOFF_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p".
    nodeArgs: process.env.SIGNOFF_BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
    cwd: repositoryRoot,
    env: { SIGNOFF_DATA_DIR: dataDir, SIGNOFF_DEMO: '1', NODE_ENV: 'development' },
    healthPath: '/healthz',
  })
  try {
    const base = `http://127.0.0.1:${server.port}`
    const sessions = new Map<string, Session>()
    for (const login of new Set([...initiators, ...approvers, 'admin']))
      sessions.set(login, await signIn(base, login))
    const admin = sessions.get('admin') as Session
    const { items } = (await (
      await fetch(`${base}/api/v1/apps`, { headers: { cookie: admin.cookie } })
    ).json()) as {
      items: { id: string; key: string }[]
    }
    const appId = items.find((item) => item.key === 'procurement')?.id
    if (!appId) throw new Error('no procurement app on the server')
    // Warm-up, as workload 1 has: the server's first requests compile its TypeScript and JIT the paths.
    const warmRequests = procurementCycle(sessions, appId, { completed: 0, started: 0, connections: 0 })
    await autocannon({
      url: base,
      connections: 8,
      amount: 8 * warmRequests.length,
      requests: warmRequests,
      timeout: 30,
    })
    const counters = { completed: 0, started: 0, connections: 0 }
    const requests = procurementCycle(sessions, appId, counters)
    const started = performance.now()
    const result = await autocannon({
      url: base,
      connections: options.connections,
      amount: options.connections * options.cycles * requests.length,
      requests,
      timeout: 30,
    })
    const ms = performance.now() - started
    return {
      connections: options.connections,
      requests: result.requests.total,
      instancesCompleted: counters.completed,
      instancesPerSecond: perSecond(counters.completed, ms),
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rssPeakBytes: server.memory().peak,
      durationSeconds: ms / 1000,
    }
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
