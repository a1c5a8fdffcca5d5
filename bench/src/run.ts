import { type BpmnPeerRun, bpmnPeer } from './bpmn-peer.ts'
import { type BrowserResults, browserChecks, runBrowserWorkloads } from './browser-run.ts'
import { type Check, check } from './checks.ts'
import { type EngineVsRaw, engineVsRaw } from './engine-vs-raw.ts'
import { type GrowthPoint, growth } from './growth.ts'
import { type HelloRun, hello } from './hello.ts'
import { type HttpRun, httpLoad } from './http-load.ts'
import type { BenchOptions } from './options.ts'
import { type ScaleOutRun, scaleOut, scaleOutChecks } from './scale-out.ts'

export interface Results {
  engine?: { normal: EngineVsRaw; full: EngineVsRaw }
  peer?: { ours: EngineVsRaw; peer: BpmnPeerRun }
  http?: { run: HttpRun; inProcessPerSecond: number }
  growth?: GrowthPoint[]
  hello?: HelloRun
  scaleOut?: ScaleOutRun
  skipped: { workload: string; reason: string }[]
  browser?: BrowserResults
}

const mib = 1024 * 1024

/** Connections (and procurements at once) per runtime process in workload 7, as for pgbench. */
const scaleConnections = 8

export async function runWorkloads(options: BenchOptions, log: (line: string) => void): Promise<Results> {
  const results: Results = { skipped: [] }
  const wants = (name: BenchOptions['only'][number]) => options.only.includes(name)
  if (wants('engine')) {
    log(`1. engine + persistence vs raw better-sqlite3, ${options.instances} procurements each…`)
    results.engine = {
      normal: await engineVsRaw({ synchronous: 'NORMAL', instances: options.instances }),
      full: await engineVsRaw({ synchronous: 'FULL', instances: options.instances }),
    }
  }
  if (wants('peer')) {
    log(`2. bpmn-engine with its state in SQLite, ${options.instances} procurements…`)
    const peer = await bpmnPeer({ instances: options.instances, synchronous: 'NORMAL' })
    const ours =
      results.engine?.normal ?? (await engineVsRaw({ synchronous: 'NORMAL', instances: options.instances }))
    results.peer = { ours, peer }
  }
  if (wants('http')) {
    log(
      `3. HTTP: ${options.connections} connections × ${options.cycles} procurements against the real server…`,
    )
    const run = await httpLoad({ connections: options.connections, cycles: options.cycles })
    const inProcess =
      results.engine?.normal ?? (await engineVsRaw({ synchronous: 'NORMAL', instances: options.instances }))
    results.http = { run, inProcessPerSecond: inProcess.oursPerSecond }
  }
  if (wants('growth')) {
    log(`4. growth at ${options.sizes.join(', ')} instances…`)
    results.growth = await growth({ sizes: options.sizes, samples: options.samples })
  }
  if (wants('hello')) {
    log('   Hono vs node:http hello world…')
    results.hello = await hello()
  }
  if (wants('scale')) {
    log(
      `7. scale-out on PostgreSQL: ${scaleConnections} connections, ${options.instances} procurements, pgbench…`,
    )
    try {
      results.scaleOut = await scaleOut({ instances: options.instances, connections: scaleConnections })
    } catch (error) {
      // No PostgreSQL server or no pgbench here: say so rather than fail the other workloads.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      results.skipped.push({ workload: '7. Scale-out on PostgreSQL', reason: reason ?? 'failed' })
    }
  }
  if (wants('forms') || wants('designer') || wants('bundles'))
    results.browser = await runBrowserWorkloads(
      {
        forms: wants('forms'),
        designer: wants('designer'),
        bundles: wants('bundles'),
        formSizes: options.formSizes,
      },
      log,
    )
  return results
}

export function checksOf(results: Results): Check[] {
  const checks: Check[] = []
  const { engine, peer, http, growth: points } = results
  if (engine) {
    checks.push(
      check('engine.normal', '1', 'ours ÷ raw, synchronous=NORMAL', engine.normal.ratio, '>=', 0.5),
      check('engine.full', '1', 'ours ÷ raw, synchronous=FULL', engine.full.ratio, '>=', 0.8),
      check(
        'engine.bytes',
        '4',
        'database bytes per completed instance',
        engine.normal.bytesPerInstance,
        '<=',
        4096,
        'B',
      ),
    )
  }
  if (peer) {
    checks.push(
      check(
        'peer.speed',
        '2',
        'ours ÷ bpmn-engine, completed instances/s',
        peer.ours.oursPerSecond / peer.peer.perSecond,
        '>=',
        20,
      ),
      check(
        'peer.bytes',
        '2',
        'ours ÷ bpmn-engine, stored bytes per instance',
        peer.ours.bytesPerInstance / peer.peer.bytesPerInstance,
        '<=',
        0.1,
      ),
    )
  }
  if (http) {
    checks.push(
      check(
        'http.ratio',
        '3',
        'HTTP ÷ in-process instances/s',
        http.run.instancesPerSecond / http.inProcessPerSecond,
        '>=',
        0.6,
      ),
      check('http.p99', '3', 'p99 latency', http.run.latencyP99, '<=', 20, 'ms'),
      check('http.errors', '3', 'errors and non-2xx answers', http.run.errors + http.run.non2xx, '=', 0),
      check('http.rss', '3', 'server peak RSS', http.run.rssPeakBytes / mib, '<=', 200, 'MiB'),
    )
  }
  if (results.scaleOut) checks.push(...scaleOutChecks(results.scaleOut))
  if (points && points.length >= 2) {
    const first = points[0] as GrowthPoint
    const last = points.at(-1) as GrowthPoint
    for (const [index, query] of last.queries.entries()) {
      const base = first.queries[index]
      if (!base) continue
      checks.push(
        check(
          `growth.${index}`,
          '4',
          `p99 ${query.name}, ${label(last.instances)} ÷ ${label(first.instances)}`,
          query.p99 / base.p99,
          '<=',
          1.5,
        ),
      )
    }
  }
  if (results.browser) checks.push(...browserChecks(results.browser))
  return checks
}

export const label = (count: number) =>
  count >= 1e6 && count % 1e6 === 0
    ? `${count / 1e6}M`
    : count >= 1e3 && count % 1e3 === 0
      ? `${count / 1e3}k`
      : `${count}`
