import {
  completeProcurement,
  initiators,
  type Phase,
  phases,
  procurementApp,
  uploadQuote,
} from './procurement.ts'
import { rawReplayer, renamed, type Write, writeRecorder } from './raw-replay.ts'
import { openBenchDb, type Synchronous } from './signoff-db.ts'
import { perSecond, timed } from './timing.ts'

export interface EngineVsRaw {
  synchronous: Synchronous
  instances: number
  oursPerSecond: number
  rawPerSecond: number
  rawTransactionsPerSecond: number
  ratio: number
  bytesPerInstance: number
  writesPerInstance: number
}

const at = '2026-03-02T08:00:00.000Z'

/**
 * Workload 1: N procurements through the service layer, and the same rows written by raw
 * better-sqlite3 (4 transactions per instance, statements prepared once) on the same connection.
 * The two alternate in rounds so that a neighbour's load on the shared machine hits both alike.
 */
export async function engineVsRaw(options: {
  synchronous: Synchronous
  instances: number
  rounds?: number
}): Promise<EngineVsRaw> {
  const bench = await openBenchDb({ synchronous: options.synchronous })
  try {
    const app = await procurementApp(bench.db)
    let serial = 0
    const quoteFor = (initiator: string) =>
      uploadQuote(bench.db, initiator, `att_${(serial++).toString(16).padStart(20, '0')}`, at)
    const ours = async (count: number) => {
      const quotes: { initiator: string; quote: Awaited<ReturnType<typeof quoteFor>> }[] = []
      for (let i = 0; i < count; i++) {
        const initiator = initiators[i % initiators.length] as string
        quotes.push({ initiator, quote: await quoteFor(initiator) })
      }
      return async () => {
        for (const { initiator, quote } of quotes) {
          const done = await completeProcurement(bench.deps, app, initiator, quote)
          if (done.status !== 'approved') throw new Error(`instance ended ${done.status}`)
        }
      }
    }

    // Warm-up that also gives the bytes one completed instance adds to the file.
    const warm = Math.min(200, options.instances)
    const warmRun = await ours(warm)
    const before = bench.bytes()
    await warmRun()
    const bytesPerInstance = (bench.bytes() - before) / warm

    const recorder = writeRecorder()
    bench.capture = recorder.capture
    const recorded = await quoteFor('zhangsan')
    await completeProcurement(bench.capturing, app, 'zhangsan', recorded, recorder.endPhase)
    bench.capture = undefined
    const byPhase = recorder.writes()
    const transactions = phases.map((phase: Phase) => byPhase.get(phase) ?? [])
    if (transactions.some((writes) => writes.length === 0)) throw new Error('a phase wrote nothing')
    const keep = new Set([app.appId])
    const replay = rawReplayer(bench.raw)
    const insertQuote = bench.raw.prepare(
      `insert into attachments (tenant_id, id, uploader_id, instance_id, name, mime, size, sha256, created_at)
       select tenant_id, ? || '_' || ?, uploader_id, null, name, mime, size, sha256, created_at
       from attachments where tenant_id = 'demo' and id = ?`,
    )

    const rounds = options.rounds ?? 4
    const perRound = Math.max(1, Math.floor(options.instances / rounds))
    let oursMs = 0
    let rawMs = 0
    let copy = 0
    for (let round = 0; round < rounds; round++) {
      oursMs += await timed(await ours(perRound))
      const copies: Write[][][] = []
      for (let i = 0; i < perRound; i++, copy++) {
        insertQuote.run(recorded.id, copy, recorded.id)
        copies.push(transactions.map((writes) => renamed(writes, copy, keep)))
      }
      rawMs += await timed(() => {
        for (const instance of copies) replay(instance)
      })
    }
    const total = perRound * rounds
    const oursPerSecond = perSecond(total, oursMs)
    const rawPerSecond = perSecond(total, rawMs)
    return {
      synchronous: options.synchronous,
      instances: total,
      oursPerSecond,
      rawPerSecond,
      rawTransactionsPerSecond: rawPerSecond * transactions.length,
      ratio: oursPerSecond / rawPerSecond,
      bytesPerInstance,
      writesPerInstance: transactions.reduce((sum, writes) => sum + writes.length, 0),
    }
  } finally {
    await bench.close()
  }
}
