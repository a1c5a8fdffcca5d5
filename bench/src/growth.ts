import { cloner, readTemplate, type Template } from './clone-rows.ts'
import { type Client, inProcessClients } from './in-process-client.ts'
import {
  completeProcurement,
  initiators,
  type Phase,
  procurementApp,
  tenantId,
  uploadQuote,
} from './procurement.ts'
import { openBenchDb } from './signoff-db.ts'
import { percentile, timed } from './timing.ts'

export interface GrowthPoint {
  instances: number
  seedSeconds: number
  bytesPerInstance: number
  queries: { name: string; p50: number; p99: number; samples: number; items: number }[]
}

/** What each query reads: inbox pages of approvers with long histories, and instance searches. */
const queries: { name: string; login: string; path: string }[] = [
  { name: 'todo inbox (lisi)', login: 'lisi', path: '/api/v1/tasks?box=todo&limit=20' },
  { name: 'todo inbox (sunba)', login: 'sunba', path: '/api/v1/tasks?box=todo&limit=20' },
  { name: 'todo inbox (chensan)', login: 'chensan', path: '/api/v1/tasks?box=todo&limit=20' },
  { name: 'search: all, newest (admin)', login: 'admin', path: '/api/v1/instances?scope=all&limit=20' },
  {
    name: 'search: all running (admin)',
    login: 'admin',
    path: '/api/v1/instances?scope=all&status=running&limit=20',
  },
  { name: 'search: mine (zhangsan)', login: 'zhangsan', path: '/api/v1/instances?scope=mine&limit=20' },
]

// Where a running template stops: waiting at the department head, the CFO or the procurement officer.
const runningStages: Phase[] = ['start', 'departmentApproval', 'cfoApproval']
const recentRunning = 1000
const minute = 60_000

/**
 * Workload 4: inbox and search latency as the history grows. Template instances go through the
 * service layer (every initiator, completed and at each waiting step); the bulk is copies of their
 * rows with fresh ids, written in one transaction per batch: a fixed window of recent running
 * instances, then completed ones further and further back (pending work does not grow with history).
 */
export async function growth(options: {
  sizes: readonly number[]
  samples: number
  /** How many of the initiators get template instances (all by default; fewer for a quick check). */
  initiators?: number
}): Promise<GrowthPoint[]> {
  const bench = await openBenchDb({ synchronous: 'NORMAL' })
  try {
    const app = await procurementApp(bench.db)
    const keep = new Set([app.appId])
    const completed: Template[] = []
    const running: Template[] = []
    let quoteNumber = 0
    for (const initiator of initiators.slice(0, options.initiators ?? initiators.length)) {
      for (const until of ['placeOrder', ...runningStages] as Phase[]) {
        const quote = await uploadQuote(
          bench.db,
          initiator,
          `att_${(quoteNumber++).toString(16).padStart(20, 'f')}`,
          '2026-03-02T08:00:00.000Z',
        )
        const { instanceId } = await completeProcurement(bench.deps, app, initiator, quote, () => {}, until)
        ;(until === 'placeOrder' ? completed : running).push(
          readTemplate(bench.raw, tenantId, instanceId, keep),
        )
      }
    }
    const clone = cloner(bench.raw)
    const count = () => (bench.raw.prepare('select count(*) as n from instances').get() as { n: number }).n
    const batch = bench.raw.transaction((from: number, to: number) => {
      for (let copy = from; copy < to; copy++) {
        const pool = copy < recentRunning ? running : completed
        clone(pool[copy % pool.length] as Template, (copy + 1) * minute)
      }
    })
    const clients = await inProcessClients(bench.deps, [...new Set(queries.map((query) => query.login))])
    const points: GrowthPoint[] = []
    let copies = 0
    for (const size of options.sizes) {
      const target = size - count() + copies
      const seedMs = await timed(() => {
        while (copies < target) {
          const to = Math.min(target, copies + 10_000)
          batch(copies, to)
          copies = to
        }
      })
      const instances = count()
      const bytesPerInstance = bench.bytes() / instances
      points.push({
        instances,
        seedSeconds: seedMs / 1000,
        bytesPerInstance,
        queries: await measure(clients, options.samples),
      })
    }
    return points
  } finally {
    await bench.close()
  }
}

async function measure(clients: Map<string, Client>, samples: number) {
  const results: GrowthPoint['queries'] = []
  for (const query of queries) {
    const client = clients.get(query.login) as Client
    let items = 0
    const read = async () => {
      const answer = await client(query.path)
      if (answer.status !== 200) throw new Error(`${query.path}: ${answer.status}`)
      items = (answer.body as { items: unknown[] }).items.length
    }
    for (let i = 0; i < 3; i++) await read()
    // At most `samples` reads, and no more than ten seconds of them once ten are in.
    const times: number[] = []
    const started = performance.now()
    while (times.length < samples && (times.length < 10 || performance.now() - started < 10_000))
      times.push(await timed(read))
    results.push({
      name: query.name,
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
      samples: times.length,
      items,
    })
  }
  return results
}
