import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { forUpdate, jsonTextAt } from '../db/dialect.ts'
import { precompiled } from '../db/precompiled.ts'
import type { InstanceTable } from '../db/schema.ts'
import { type CappedCount, countCap } from './capped-count.ts'

export type InstanceRow = InstanceTable

/** The instance as an event reads it under lock, with the heads its caches are checked against. */
export interface LockedInstanceRow {
  row: InstanceRow
  /** The content hash of the version it is pinned to (undefined if that version is missing). */
  versionHash: string | undefined
  /** The tenant's org revision (undefined while its organization was never written). */
  orgRevision: string | undefined
}

/** What lists show of an instance: everything but its state document. */
export const summaryColumns = [
  'id',
  'app_id',
  'app_version',
  'serial_number',
  'title',
  'status',
  'initiator_id',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof InstanceRow)[]

export type InstanceSummaryRow = Pick<InstanceRow, (typeof summaryColumns)[number]>

export interface InstanceFilter {
  initiatorId?: string
  appIds?: readonly string[]
  status?: string
  /** Created on or after this instant (ISO). */
  from?: string
  /** Created before this instant (ISO). */
  until?: string
  /** A form value equal to this text. */
  field?: { id: string; value: string }
}

// The statements of every event and start, built once (db/precompiled.ts).

const columns: Record<keyof InstanceRow, true> = {
  tenant_id: true,
  id: true,
  app_id: true,
  app_version: true,
  serial_number: true,
  initiator_id: true,
  status: true,
  state: true,
  version: true,
  title: true,
  created_at: true,
  updated_at: true,
}

const insertRow = precompiled((db, row: InstanceRow) =>
  db
    .insertInto('instances')
    .values(
      Object.fromEntries(
        Object.keys(columns).map((name) => [name, row[name as keyof InstanceRow]]),
      ) as unknown as InstanceRow,
    ),
)

const byId = precompiled((db, p: { tenantId: string; id: string }) =>
  db.selectFrom('instances').selectAll().where('tenant_id', '=', p.tenantId).where('id', '=', p.id),
)

const lockedRead = precompiled((db, p: { tenantId: string; id: string }) =>
  forUpdate(
    db,
    db
      .selectFrom('instances')
      .selectAll('instances')
      .select((eb) => [
        eb
          .selectFrom('app_versions')
          .select('content_hash')
          .whereRef('app_versions.tenant_id', '=', 'instances.tenant_id')
          .whereRef('app_versions.app_id', '=', 'instances.app_id')
          .whereRef('app_versions.number', '=', 'instances.app_version')
          .as('version_hash'),
        eb
          .selectFrom('org_revisions')
          .select('revision')
          .whereRef('org_revisions.tenant_id', '=', 'instances.tenant_id')
          .as('org_revision'),
      ])
      .where('instances.tenant_id', '=', p.tenantId)
      .where('instances.id', '=', p.id),
  ),
)

const compareAndSet = precompiled(
  (
    db,
    p: Pick<InstanceRow, 'status' | 'state' | 'version' | 'updated_at'> & {
      tenantId: string
      id: string
      expectedVersion: number
    },
  ) =>
    db
      .updateTable('instances')
      .set({ status: p.status, state: p.state, version: p.version, updated_at: p.updated_at })
      .where('tenant_id', '=', p.tenantId)
      .where('id', '=', p.id)
      .where('version', '=', p.expectedVersion),
)

const setSerial = precompiled((db, p: { tenantId: string; id: string; serialNumber: string }) =>
  db
    .updateTable('instances')
    .set({ serial_number: p.serialNumber })
    .where('tenant_id', '=', p.tenantId)
    .where('id', '=', p.id),
)

// Every inbox page counts the started list: as cappedCount does, at most countCap + 1 rows.
const startedCount = precompiled((db, p: { tenantId: string; initiatorId: string }) =>
  db
    .selectFrom(
      db
        .selectFrom('instances')
        .where('tenant_id', '=', p.tenantId)
        .where('initiator_id', '=', p.initiatorId)
        .select(sql<number>`1`.as('one'))
        .limit(countCap + 1)
        .as('sample'),
    )
    .select((eb) => eb.fn.countAll().as('count')),
)

export const instances = {
  get: async (db: Db, tenantId: string, id: string): Promise<InstanceRow | undefined> =>
    (await byId(db, { tenantId, id })).rows[0],
  /**
   * Reads and holds the instance for the caller's transaction: concurrent events on it apply one
   * after the other. With it, in the same statement, what the event needs to check its caches by:
   * the pinned version's content hash and the tenant's org revision (two reads fewer per event).
   */
  getForUpdate: async (db: Db, tenantId: string, id: string): Promise<LockedInstanceRow | undefined> => {
    const [found] = (await lockedRead(db, { tenantId, id })).rows
    if (!found) return undefined
    const { version_hash, org_revision, ...row } = found
    return { row, versionHash: version_hash ?? undefined, orgRevision: org_revision ?? undefined }
  },
  /** The summaries of many at once (an inbox page's instances) in one read, in no particular order. */
  summaries: async (db: Db, tenantId: string, ids: readonly string[]): Promise<InstanceSummaryRow[]> =>
    ids.length === 0
      ? []
      : db
          .selectFrom('instances')
          .select(summaryColumns)
          .where('tenant_id', '=', tenantId)
          .where('id', 'in', ids)
          .execute(),
  list: (db: Db, tenantId: string, filter: InstanceFilter, limit: number) => {
    let query = db.selectFrom('instances').selectAll().where('tenant_id', '=', tenantId)
    if (filter.initiatorId !== undefined) query = query.where('initiator_id', '=', filter.initiatorId)
    if (filter.appIds !== undefined)
      query = query.where('app_id', 'in', filter.appIds.length > 0 ? filter.appIds : [''])
    if (filter.status !== undefined) query = query.where('status', '=', filter.status)
    if (filter.from !== undefined) query = query.where('created_at', '>=', filter.from)
    if (filter.until !== undefined) query = query.where('created_at', '<', filter.until)
    const field = filter.field
    if (field !== undefined)
      query = query.where(jsonTextAt(db, 'state', ['values', field.id]), '=', field.value)
    return query.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute()
  },
  /** How many the user started, exact up to countCap (the list grows with their history). */
  countStartedBy: async (db: Db, tenantId: string, initiatorId: string): Promise<CappedCount> => {
    const count = Number((await startedCount(db, { tenantId, initiatorId })).rows[0]?.count ?? 0)
    return count > countCap ? { count: countCap, capped: true } : { count, capped: false }
  },
  insert: async (db: Db, row: InstanceRow) => {
    await insertRow(db, row)
  },
  /** The start's last write: its number, drawn from the app's counter just before the commit. */
  setSerialNumber: async (db: Db, tenantId: string, id: string, serialNumber: string) => {
    await setSerial(db, { tenantId, id, serialNumber })
  },
  /**
   * Writes the next state only if nobody changed the instance since `expectedVersion` was read; false
   * means another request won (the compare-and-set that makes concurrent decisions yield one winner).
   */
  update: async (
    db: Db,
    tenantId: string,
    id: string,
    expectedVersion: number,
    next: Pick<InstanceRow, 'status' | 'state' | 'version' | 'updated_at'>,
  ) => {
    const result = await compareAndSet(db, { ...next, tenantId, id, expectedVersion })
    return Number(result.numAffectedRows) === 1
  },
}
