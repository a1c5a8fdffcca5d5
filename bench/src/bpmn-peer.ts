import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleSubmissions } from '@signoff/templates'
import SQLite from 'better-sqlite3'
import { Engine } from 'bpmn-engine'
import BpmnModdle from 'bpmn-moddle'
import { bpmnApprovals, procurementBpmn } from './bpmn-procurement.ts'
import { perSecond, timed } from './timing.ts'

export interface BpmnPeerRun {
  instances: number
  perSecond: number
  bytesPerInstance: number
  /** Mean size of one saved state (JSON text). */
  stateBytes: number
}

// Module typings say `any` for states; they are JSON objects here.
type EngineState = Awaited<ReturnType<Engine['getState']>>

/** Resolves at the next user task that waits (other than `current`) or when the engine ends. */
function nextStop(engine: Engine, listener: EventEmitter, current?: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    listener.on('activity.wait', (api: { id: string }) => {
      if (api.id !== current) resolve(api.id)
    })
    engine.once('end', () => resolve(undefined))
    engine.once('error', reject)
  })
}

/**
 * Workload 2: the same procurement on bpmn-engine, persisted the way its API documents it: the
 * engine's getState() saved to SQLite (same pragmas as ours) whenever it waits, and each approval
 * a new Engine().recover(saved state), resume() and a signal to the waiting task.
 */
export async function bpmnPeer(options: {
  instances: number
  synchronous: 'NORMAL' | 'FULL'
}): Promise<BpmnPeerRun> {
  const dir = mkdtempSync(join(tmpdir(), 'signoff-bench-bpmn-'))
  const file = join(dir, 'bpmn.db')
  const db = new SQLite(file)
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  db.pragma(`synchronous = ${options.synchronous}`)
  db.exec('create table states (id text primary key, state text not null, waiting text)')
  const insert = db.prepare('insert into states (id, state, waiting) values (?, ?, ?)')
  const update = db.prepare('update states set state = ?, waiting = ? where id = ?')
  const load = db.prepare<[string], { state: string; waiting: string | null }>(
    'select state, waiting from states where id = ?',
  )
  const bytes = () => {
    db.pragma('wal_checkpoint(TRUNCATE)')
    return statSync(file).size
  }
  // Parsed once, as a long-running service would: the XML parse is not charged to each instance.
  const moddleContext = await new BpmnModdle().fromXML(procurementBpmn)
  const variables = { ...sampleSubmissions.procurement.values, needsEvaluation: false, overLimit: true }
  let stateBytes = 0
  let saves = 0
  const save = async (engine: Engine, id: string, waiting: string | undefined, first: boolean) => {
    const state = JSON.stringify(await engine.getState())
    stateBytes += state.length
    saves++
    if (first) insert.run(id, state, waiting ?? null)
    else update.run(state, waiting ?? null, id)
  }

  const complete = async (id: string) => {
    const engine = new Engine({ name: id, moddleContext })
    const listener = new EventEmitter()
    const stopped = nextStop(engine, listener)
    await engine.execute({ listener, variables })
    let waiting = await stopped
    await save(engine, id, waiting, true)
    await engine.stop()
    for (const task of bpmnApprovals) {
      const row = load.get(id)
      if (!row || row.waiting !== task) throw new Error(`bpmn-engine waits at ${row?.waiting}, not ${task}`)
      const recovered = new Engine().recover(JSON.parse(row.state) as EngineState)
      const next = new EventEmitter()
      const after = nextStop(recovered, next, task)
      const execution = await recovered.resume({ listener: next })
      execution.signal({ id: task })
      waiting = await after
      await save(recovered, id, waiting, false)
      if (waiting) await recovered.stop()
    }
    if (waiting !== undefined) throw new Error(`bpmn-engine still waits at ${waiting}`)
  }

  try {
    for (let i = 0; i < 10; i++) await complete(`warm-${i}`)
    const before = bytes()
    stateBytes = 0
    saves = 0
    const ms = await timed(async () => {
      for (let i = 0; i < options.instances; i++) await complete(`instance-${i}`)
    })
    return {
      instances: options.instances,
      perSecond: perSecond(options.instances, ms),
      bytesPerInstance: (bytes() - before) / options.instances,
      stateBytes: stateBytes / saves,
    }
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
