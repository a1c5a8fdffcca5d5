import { randomBytes } from 'node:crypto'
import { createInterface } from 'node:readline'
import type { DatabaseLocation } from '../../runtime/src/db/drivers.ts'
import { openPgBenchDb } from './pg-db.ts'
import { completeProcurement, initiators, procurementApp, uploadQuote } from './procurement.ts'

/** What the parent (scale-out.ts) asks of one runtime process. */
export interface WorkerTask {
  location: DatabaseLocation
  /** Procurements to complete in the timed part. */
  instances: number
  /** Procurements completed at once (each its own chain of transactions on the pool). */
  concurrency: number
  /** Untimed procurements first (JIT, parsed definitions, caches). */
  warm: number
}

export interface WorkerResult {
  startedAt: number
  endedAt: number
  instanceIds: string[]
}

// One runtime process of workload 7: the service layer on PostgreSQL through the runtime's own pool.
// It warms up, says "ready", waits for "go" on stdin (so that processes start together), completes
// its procurements `concurrency` at a time and prints its result as one JSON line.
const task = JSON.parse(process.env.SIGNOFF_BENCH_WORKER ?? '') as WorkerTask
const { db, deps, close } = openPgBenchDb(task.location)
const app = await procurementApp(db)
const at = new Date().toISOString()
const quote = (initiator: string) => uploadQuote(db, initiator, `att_${randomBytes(10).toString('hex')}`, at)
for (let i = 0; i < task.warm; i++) {
  const initiator = initiators[i % initiators.length] as string
  await completeProcurement(deps, app, initiator, await quote(initiator))
}
const work = await Promise.all(
  Array.from({ length: task.instances }, async (_, i) => {
    const initiator = initiators[i % initiators.length] as string
    return { initiator, quote: await quote(initiator) }
  }),
)
process.stdout.write('ready\n')
const lines = createInterface({ input: process.stdin })
for await (const line of lines) if (line.trim() === 'go') break
lines.close()

const instanceIds: string[] = []
let next = 0
const startedAt = Date.now()
await Promise.all(
  Array.from({ length: task.concurrency }, async () => {
    while (next < work.length) {
      const item = work[next++] as (typeof work)[number]
      const done = await completeProcurement(deps, app, item.initiator, item.quote)
      if (done.status !== 'approved') throw new Error(`instance ${done.instanceId} ended ${done.status}`)
      instanceIds.push(done.instanceId)
    }
  }),
)
const result: WorkerResult = { startedAt, endedAt: Date.now(), instanceIds }
process.stdout.write(`${JSON.stringify(result)}\n`)
await close()
