import type { Db } from '../db/database.ts'

export interface TwoFactorSecretTable {
  tenant_id: string
  user_id: string
  sealed_secret: string
  /** Null until the user proved the authenticator works with a first code. */
  confirmed_at: string | null
  /** The newest time step whose code was accepted: that code and every older one are spent. */
  last_used_step: number | null
  created_at: string
}

export interface TwoFactorRecoveryCodeTable {
  tenant_id: string
  user_id: string
  code_hash: string
  used_at: string | null
}

export interface TwoFactorChallengeTable {
  token_hash: string
  tenant_id: string
  user_id: string
  failures: number
  expires_at: string
}

export interface TwoFactorPolicyTable {
  tenant_id: string
  require_for_admins: number
  updated_at: string
}

type TwoFactorTables = {
  two_factor_secrets: TwoFactorSecretTable
  two_factor_recovery_codes: TwoFactorRecoveryCodeTable
  two_factor_challenges: TwoFactorChallengeTable
  two_factor_policies: TwoFactorPolicyTable
}

const tables = (db: Db) => db.withTables<TwoFactorTables>()

export const twoFactorStore = {
  secretOf: (db: Db, tenantId: string, userId: string) =>
    tables(db)
      .selectFrom('two_factor_secrets')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  /** Starts (or restarts) an enrolment; a confirmed secret is never replaced this way. */
  putPending: async (db: Db, row: TwoFactorSecretTable) => {
    await tables(db)
      .deleteFrom('two_factor_secrets')
      .where('tenant_id', '=', row.tenant_id)
      .where('user_id', '=', row.user_id)
      .where('confirmed_at', 'is', null)
      .execute()
    await tables(db).insertInto('two_factor_secrets').values(row).execute()
  },
  /**
   * Marks `step` used if it is newer than the last used one; false when another request spent it
   * first, so a code is accepted once even when two requests race with it.
   */
  spendStep: async (db: Db, tenantId: string, userId: string, step: number, confirmedAt?: string) => {
    const result = await tables(db)
      .updateTable('two_factor_secrets')
      .set({ last_used_step: step, ...(confirmedAt ? { confirmed_at: confirmedAt } : {}) })
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
      .executeTakeFirst()
    return result.numUpdatedRows === 1n
  },
  removeAll: async (db: Db, tenantId: string, userId: string) => {
    for (const table of ['two_factor_recovery_codes', 'two_factor_challenges', 'two_factor_secrets'] as const)
      await tables(db)
        .deleteFrom(table)
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .execute()
  },
  replaceRecoveryCodes: async (db: Db, tenantId: string, userId: string, hashes: string[]) => {
    await tables(db)
      .deleteFrom('two_factor_recovery_codes')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .execute()
    await tables(db)
      .insertInto('two_factor_recovery_codes')
      .values(hashes.map((code_hash) => ({ tenant_id: tenantId, user_id: userId, code_hash, used_at: null })))
      .execute()
  },
  /** True once per code: the update that marks it used is the check. */
  spendRecoveryCode: async (db: Db, tenantId: string, userId: string, hash: string, nowIso: string) => {
    const result = await tables(db)
      .updateTable('two_factor_recovery_codes')
      .set({ used_at: nowIso })
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('code_hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst()
    return result.numUpdatedRows === 1n
  },
  recoveryCodesLeft: async (db: Db, tenantId: string, userId: string) => {
    const row = await tables(db)
      .selectFrom('two_factor_recovery_codes')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirst()
    return Number(row?.count ?? 0)
  },
  insertChallenge: (db: Db, row: TwoFactorChallengeTable) =>
    tables(db).insertInto('two_factor_challenges').values(row).execute(),
  liveChallenge: (db: Db, tokenHash: string, nowIso: string) =>
    tables(db)
      .selectFrom('two_factor_challenges')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', nowIso)
      .executeTakeFirst(),
  dropExpiredChallenges: (db: Db, tenantId: string, userId: string, nowIso: string) =>
    tables(db)
      .deleteFrom('two_factor_challenges')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('expires_at', '<=', nowIso)
      .execute(),
  countChallengeFailure: (db: Db, tokenHash: string) =>
    tables(db)
      .updateTable('two_factor_challenges')
      .set((eb) => ({ failures: eb('failures', '+', 1) }))
      .where('token_hash', '=', tokenHash)
      .execute(),
  /** True for the one request that takes the challenge: a challenge opens one session at most. */
  takeChallenge: async (db: Db, tokenHash: string) => {
    const result = await tables(db)
      .deleteFrom('two_factor_challenges')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst()
    return result.numDeletedRows === 1n
  },
  requiredForAdmins: async (db: Db, tenantId: string) => {
    const row = await tables(db)
      .selectFrom('two_factor_policies')
      .select('require_for_admins')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst()
    return row?.require_for_admins === 1
  },
  setRequiredForAdmins: async (db: Db, tenantId: string, required: boolean, nowIso: string) => {
    const values = { tenant_id: tenantId, require_for_admins: required ? 1 : 0, updated_at: nowIso }
    await tables(db)
      .insertInto('two_factor_policies')
      .values(values)
      .onConflict((oc) =>
        oc
          .column('tenant_id')
          .doUpdateSet({ require_for_admins: values.require_for_admins, updated_at: nowIso }),
      )
      .execute()
  },
}
