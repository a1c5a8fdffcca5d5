import type { Db } from '../db/database.ts'
import type { TaskTable } from '../db/schema.ts'
import { cappedCount } from './capped-count.ts'

export type TaskRow = TaskTable

/** The inboxes: what is mine to decide, what I decided, what I was copied on. */
export type Box = 'todo' | 'done' | 'cc'

const ccKind = 'cc'

export const tasks = {
  get: (db: Db, tenantId: string, id: string) =>
    db
      .selectFrom('tasks')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  ofInstance: (db: Db, tenantId: string, instanceId: string) =>
    db
      .selectFrom('tasks')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('instance_id', '=', instanceId)
      .orderBy('created_at')
      .orderBy('engine_task_id')
      .execute(),
  inBox: (db: Db, tenantId: string, userId: string, box: Box) => {
    const mine = db.selectFrom('tasks').where('tenant_id', '=', tenantId).where('assignee_id', '=', userId)
    if (box === 'cc') return mine.where('kind', '=', ccKind)
    const decisions = mine.where('kind', '!=', ccKind)
    return box === 'todo' ? decisions.where('status', '=', 'open') : decisions.where('status', '=', 'done')
  },
  list: (db: Db, tenantId: string, userId: string, box: Box, limit: number) =>
    tasks
      .inBox(db, tenantId, userId, box)
      .selectAll()
      .orderBy(box === 'done' ? 'completed_at' : 'created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute(),
  count: async (db: Db, tenantId: string, userId: string, box: Box) =>
    Number(
      (
        await tasks
          .inBox(db, tenantId, userId, box)
          .select((eb) => eb.fn.countAll().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    ),
  /** The box's size, exact up to countCap (the done and CC boxes grow with the user's history). */
  countCapped: (db: Db, tenantId: string, userId: string, box: Box) =>
    cappedCount(db, tasks.inBox(db, tenantId, userId, box)),
  insert: (db: Db, row: TaskRow) => db.insertInto('tasks').values(row).execute(),
  update: (
    db: Db,
    tenantId: string,
    id: string,
    changes: Pick<TaskRow, 'assignee_id' | 'status' | 'outcome' | 'completed_at'>,
  ) => db.updateTable('tasks').set(changes).where('tenant_id', '=', tenantId).where('id', '=', id).execute(),
}
