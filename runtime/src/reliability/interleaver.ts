import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { dialectOf } from '../db/dialect.ts'
import type { Deps, InterleavePoint } from '../deps.ts'

export interface Held {
  /** Lets the held request go on to write and commit. */
  release: () => void
  /** Resolves once another request queues behind the held one (PostgreSQL: waits on its row lock). */
  contended: (db: Db) => Promise<void>
}

export interface Interleaver {
  /** Holds the next request that reaches `point`; resolves once it is there, its state read, nothing written. */
  holdNext: (point: InterleavePoint) => Promise<Held>
  /** Detaches from the deps. */
  stop: () => void
}

/**
 * Drives the deps' interleave hook: the first request to reach the point stops there until released;
 * every other request passes. A second request issued meanwhile must wait for the first: on
 * PostgreSQL on the instance's row lock (observed in pg_locks), on SQLite for the one connection.
 */
export function interleaver(deps: Deps): Interleaver {
  let waiting: { point: InterleavePoint; arrived: (held: Held) => void } | undefined
  deps.interleave = async (point, at) => {
    if (waiting?.point !== point) return
    const { arrived } = waiting
    waiting = undefined
    const pid = await backendPid(at.db)
    await new Promise<void>((release) => arrived({ release, contended: (db) => blockedBy(db, pid) }))
  }
  return {
    holdNext: (point) =>
      new Promise((arrived) => {
        waiting = { point, arrived }
      }),
    stop: () => {
      waiting = undefined
      delete deps.interleave
    },
  }
}

async function backendPid(db: Db): Promise<number | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)
  return rows[0]?.pid
}

/**
 * Polls until some session waits for a lock the held one owns. SQLite needs no wait: the held
 * request owns the only connection, so anything issued after it runs after its commit.
 */
async function blockedBy(db: Db, pid: number | undefined): Promise<void> {
  if (pid === undefined) return
  for (;;) {
    const { rows } = await sql<{ blocked: number }>`select count(*)::int as blocked from pg_stat_activity
      where ${pid}::int = any(pg_blocking_pids(pid))`.execute(db)
    if ((rows[0]?.blocked ?? 0) > 0) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
