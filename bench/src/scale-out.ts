import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { CompiledQuery } from 'kysely'
import { sql } from 'kysely'
import type { DatabaseLocation } from '../../runtime/src/db/drivers.ts'
import { createTestDatabase } from '../../runtime/src/testing/test-database.ts'
import { type Check, check } from './checks.ts'
import { openPgBenchDb, preparePgSchema } from './pg-db.ts'
import { pgbenchScript } from './pgbench-script.ts'
import { completeProcurement, procurementApp, uploadQuote } from './procurement.ts'
import type { WorkerResult, WorkerTask } from './scale-out-worker.ts'

export interface ScaleOutRun {
  connections: number
  instances: number
  onePerSecond: number
  twoPerSecond: number
  pgbenchPerSecond: number
  pgbenchSeconds: number
  statementsPerInstance: number
  /** Completed instances the processes reported that the database does not hold as approved once. */
  lost: number
  /** Instances with more than one decision per step, more events than steps, or a serial number twice. */
  duplicates: number
}

const run = promisify(execFile)
const workerFile = join(import.meta.dirname, 'scale-out-worker.ts')

/** pgbench on PATH or in Debian's PostgreSQL bin folder; undefined without one. */
export function findPgbench(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':'))
    if (dir && existsSync(join(dir, 'pgbench'))) return join(dir, 'pgbench')
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  for (const version of readdirSync(root).sort().reverse())
    if (existsSync(join(root, version, 'bin', 'pgbench'))) return join(root, version, 'bin', 'pgbench')
  return undefined
}

/** `processes` runtime processes on one schema, started together, `instances` procurements in all. */
async function processes(
  location: DatabaseLocation,
  count: number,
  instances: number,
  concurrency: number,
): Promise<{ perSecond: number; ids: string[] }> {
  const children = Array.from({ length: count }, () => {
    const task: WorkerTask = { location, instances: Math.floor(instances / count), concurrency, warm: 16 }
    const child = spawn(process.execPath, ['--import', 'tsx', workerFile], {
      env: { ...process.env, SIGNOFF_BENCH_WORKER: JSON.stringify(task) },
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    const lines: string[] = []
    let buffer = ''
    const waiters: (() => void)[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const parts = buffer.split('\n')
      buffer = parts.pop() ?? ''
      lines.push(...parts)
      for (const wake of waiters.splice(0)) wake()
    })
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
    const line = async (index: number) => {
      while (lines.length <= index) {
        const wake = new Promise<void>((resolve) => waiters.push(resolve))
        const code = await Promise.race([wake.then(() => undefined), exited])
        if (code !== undefined && lines.length <= index) throw new Error(`a runtime process exited (${code})`)
      }
      return lines[index] as string
    }
    return { child, line }
  })
  for (const { line } of children) if ((await line(0)) !== 'ready') throw new Error('a process did not start')
  for (const { child } of children) child.stdin.end('go\n')
  const results = await Promise.all(
    children.map(async ({ line }) => JSON.parse(await line(1)) as WorkerResult),
  )
  const started = Math.min(...results.map((result) => result.startedAt))
  const ended = Math.max(...results.map((result) => result.endedAt))
  const ids = results.flatMap((result) => result.instanceIds)
  return { perSecond: ids.length / ((ended - started) / 1000), ids }
}

/** The statements of one procurement through the runtime on PostgreSQL, in the order it sent them. */
async function captureProcurement(location: DatabaseLocation) {
  let captured: CompiledQuery[] | undefined
  const bench = openPgBenchDb({ ...location, poolMax: 1 }, (query) => captured?.push(query))
  try {
    const app = await procurementApp(bench.db)
    const at = new Date().toISOString()
    // The first fills the caches (principals, definitions, directory) as a running process has them.
    await completeProcurement(
      bench.deps,
      app,
      'zhangsan',
      await uploadQuote(bench.db, 'zhangsan', 'att_00000000000000000001', at),
    )
    const quote = await uploadQuote(bench.db, 'zhangsan', 'att_00000000000000000002', at)
    captured = []
    await completeProcurement(bench.deps, app, 'zhangsan', quote)
    return { statements: captured, quoteId: quote.id, keep: new Set([app.appId]) }
  } finally {
    await bench.close()
  }
}

async function pgbench(
  binary: string,
  location: DatabaseLocation,
  script: string,
  clients: number,
  seconds: number,
) {
  const dir = mkdtempSync(join(tmpdir(), 'signoff-pgbench-'))
  try {
    const file = join(dir, 'procurement.sql')
    writeFileSync(file, script)
    const url = new URL(location.databaseUrl as string)
    const { stdout } = await run(
      binary,
      [
        '-n',
        '-f',
        file,
        '-c',
        String(clients),
        '-j',
        String(Math.min(clients, 2)),
        '-T',
        String(seconds),
        '-h',
        url.hostname,
        '-p',
        url.port || '5432',
        '-U',
        decodeURIComponent(url.username),
        url.pathname.slice(1),
      ],
      {
        env: {
          ...process.env,
          PGOPTIONS: `-c search_path=${location.schema}`,
          ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
        },
      },
    )
    const tps = /tps = ([\d.]+)/.exec(stdout)
    const failed = /number of failed transactions: (\d+)/.exec(stdout)
    if (!tps) throw new Error(`pgbench said:\n${stdout}`)
    if (failed && Number(failed[1]) > 0) throw new Error(`pgbench had failed transactions:\n${stdout}`)
    return Number(tps[1])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Checks every instance the processes reported against the database: approved once, no step twice. */
async function audit(location: DatabaseLocation, ids: readonly string[]) {
  const { db, close } = openPgBenchDb({ ...location, poolMax: 1 })
  try {
    const unique = [...new Set(ids)]
    const approved = await db
      .selectFrom('instances')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('id', 'in', unique)
      .where('status', '=', 'approved')
      .executeTakeFirstOrThrow()
    const twice = await sql<{ count: string }>`select count(*) as count from (
        select instance_id, node from tasks where kind <> 'cc' and status = 'done'
        group by instance_id, node having count(*) > 1) as steps`.execute(db)
    const longChains = await sql<{ count: string }>`select count(*) as count from (
        select instance_id from instance_events group by instance_id having count(*) <> 4) as chains`.execute(
      db,
    )
    const serials = await sql<{ count: string }>`select count(*) as count from (
        select serial_number from instances group by tenant_id, app_id, serial_number having count(*) > 1) as s`.execute(
      db,
    )
    const duplicates =
      ids.length -
      unique.length +
      Number(twice.rows[0]?.count ?? 0) +
      Number(longChains.rows[0]?.count ?? 0) +
      Number(serials.rows[0]?.count ?? 0)
    return { lost: unique.length - Number(approved.count), duplicates }
  } finally {
    await close()
  }
}

/**
 * Workload 7 on PostgreSQL: the runtime's service layer in one process with `connections` pooled
 * connections and as many procurements at once, against pgbench running the same statements per
 * transaction (captured from the runtime) on as many connections; then two processes ÷ one on one
 * schema, and every reported completion audited in the database.
 */
export async function scaleOut(options: { instances: number; connections: number }): Promise<ScaleOutRun> {
  const binary = findPgbench()
  if (!binary) throw new Error('pgbench is not installed')
  const dataDir = mkdtempSync(join(tmpdir(), 'signoff-bench-scale-'))
  const database = await createTestDatabase(dataDir, 'postgres')
  const location: DatabaseLocation = { ...database.location, poolMax: options.connections }
  try {
    await preparePgSchema(location)
    const captured = await captureProcurement(location)
    const one = await processes(location, 1, options.instances, options.connections)
    const two = await processes(location, 2, options.instances, options.connections)
    const pgbenchSeconds = 10
    const pgbenchPerSecond = await pgbench(
      binary,
      location,
      pgbenchScript(captured),
      options.connections,
      pgbenchSeconds,
    )
    const { lost, duplicates } = await audit(location, [...one.ids, ...two.ids])
    return {
      connections: options.connections,
      instances: one.ids.length,
      onePerSecond: one.perSecond,
      twoPerSecond: two.perSecond,
      pgbenchPerSecond,
      pgbenchSeconds,
      statementsPerInstance: captured.statements.length,
      lost,
      duplicates,
    }
  } finally {
    await database.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export function scaleOutChecks(result: ScaleOutRun): Check[] {
  return [
    check(
      'scale.pgbench',
      '7',
      'ours on PostgreSQL ÷ pgbench, same statements and connections',
      result.onePerSecond / result.pgbenchPerSecond,
      '>=',
      0.5,
    ),
    check(
      'scale.processes',
      '7',
      '2 runtime processes ÷ 1, completed instances/s',
      result.twoPerSecond / result.onePerSecond,
      '>=',
      1.3,
    ),
    check('scale.audit', '7', 'duplicate or lost completions', result.lost + result.duplicates, '=', 0),
  ]
}
