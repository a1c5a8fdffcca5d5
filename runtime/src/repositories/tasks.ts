import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { precompiled } from '../db/precompiled.ts'
import type { TaskTable } from '../db/schema.ts'
import { type CappedCount, countCap } from './capped-count.ts'

export type TaskRow = TaskTable

/** The inboxes: what is mine to decide, what I decided, what I was copied on. */
export type Box = 'todo' | 'done' | 'cc'

const ccKind = 'cc'

// The statements of every event, built once (db/precompiled.ts).

const columns: Record<keyof TaskRow, true> = {
  tenant_id: true,
  id: true,
  instance_id: true,
  engine_task_id: true,
  node: true,
  kind: true,
  assignee_id: true,
  status: true,
  outcome: true,
  created_at: true,
  completed_at: true,
}

const insertRow = precompiled((db, row: TaskRow) =>
  db
    .insertInto('tasks')
    .values(
      Object.fromEntries(
        Object.keys(columns).map((name) => [name, row[name as keyof TaskRow]]),
      ) as unknown as TaskRow,
    ),
)

const byId = precompiled((db, p: { tenantId: string; id: string }) =>
  db.selectFrom('tasks').selectAll().where('tenant_id', '=', p.tenantId).where('id', '=', p.id),
)

const byInstance = precompiled((db, p: { tenantId: string; instanceId: string }) =>
  db
    .selectFrom('tasks')
    .selectAll()
    .where('tenant_id', '=', p.tenantId)
    .where('instance_id', '=', p.instanceId)
    .orderBy('created_at')
    .orderBy('engine_task_id'),
)

type TaskChanges = Pick<TaskRow, 'assignee_id' | 'status' | 'outcome' | 'completed_at'>

const updateRow = precompiled((db, p: TaskChanges & { tenantId: string; id: string }) =>
  db
    .updateTable('tasks')
    .set({ assignee_id: p.assignee_id, status: p.status, outcome: p.outcome, completed_at: p.completed_at })
    .where('tenant_id', '=', p.tenantId)
    .where('id', '=', p.id),
)

export const tasks = {
  get: async (db: Db, tenantId: string, id: string): Promise<TaskRow | undefined> =>
    (await byId(db, { tenantId, id })).rows[0],
  ofInstance: async (db: Db, tenantId: string, instanceId: string): Promise<TaskRow[]> =>
    (await byInstance(db, { tenantId, instanceId })).rows,
  inBox: (db: Db, tenantId: string, userId: string, box: Box) => {
    const mine = db.selectFrom('tasks').where('tenant_id', '=', tenantId).where('assignee_id', '=', userId)
    if (box === 'cc') return mine.where('kind', '=', ccKind)
    const decisions = mine.where('kind', '!=', ccKind)
    return box === 'todo' ? decisions.where('status', '=', 'open') : decisions.where('status', '=', 'done')
  },
  list: async (db: Db, tenantId: string, userId: string, box: Box, limit: number): Promise<TaskRow[]> =>
    (await listings[box](db, { tenantId, userId, limit })).rows,
  count: async (db: Db, tenantId: string, userId: string, box: Box) =>
    Number((await counts[box](db, { tenantId, userId })).rows[0]?.count ?? 0),
  /** The box's size, exact up to countCap (the done and CC boxes grow with the user's history). */
  countCapped: async (db: Db, tenantId: string, userId: string, box: Box): Promise<CappedCount> => {
    const count = Number((await cappedCounts[box](db, { tenantId, userId })).rows[0]?.count ?? 0)
    return count > countCap ? { count: countCap, capped: true } : { count, capped: false }
  },
  insert: async (db: Db, row: TaskRow) => {
    await insertRow(db, row)
  },
  update: async (db: Db, tenantId: string, id: string, changes: TaskChanges) => {
    await updateRow(db, { ...changes, tenantId, id })
  },
}

// The inbox reads of every page, built once per box (db/precompiled.ts).
type Mine = { tenantId: string; userId: string }

const listing = (box: Box) =>
  precompiled((db, p: Mine & { limit: number }) =>
    tasks
      .inBox(db, p.tenantId, p.userId, box)
      .selectAll()
      .orderBy(box === 'done' ? 'completed_at' : 'created_at', 'desc')
      .orderBy('id')
      .limit(p.limit),
  )

const counting = (box: Box) =>
  precompiled((db, p: Mine) =>
    tasks.inBox(db, p.tenantId, p.userId, box).select((eb) => eb.fn.countAll().as('count')),
  )

// As cappedCount counts: at most countCap + 1 rows read off the box's index.
const cappedCounting = (box: Box) =>
  precompiled((db, p: Mine) =>
    db
      .selectFrom(
        tasks
          .inBox(db, p.tenantId, p.userId, box)
          .select(sql<number>`1`.as('one'))
          .limit(countCap + 1)
          .as('sample'),
      )
      .select((eb) => eb.fn.countAll().as('count')),
  )

const listings: Record<Box, ReturnType<typeof listing>> = {
  todo: listing('todo'),
  done: listing('done'),
  cc: listing('cc'),
}
const counts: Record<Box, ReturnType<typeof counting>> = {
  todo: counting('todo'),
  done: counting('done'),
  cc: counting('cc'),
}
const cappedCounts: Record<Box, ReturnType<typeof cappedCounting>> = {
  todo: cappedCounting('todo'),
  done: cappedCounting('done'),
  cc: cappedCounting('cc'),
}
