import { normalizeBankAccount } from '@signoff/schemas'
import type { Deps } from '../deps.ts'
import { newId } from '../ids.ts'
import type { Builtin, BuiltinCall } from '../scheduler/builtins.ts'
import { randomDepositAmount, sameAmount } from './amount.ts'
import type { BankAdapter } from './bank-adapter.ts'
import { paramsOf } from './params.ts'
import { certificationDb } from './tables.ts'

const field = (values: Record<string, unknown>, id: unknown, fallback: string) => {
  const value = values[typeof id === 'string' ? id : fallback]
  return typeof value === 'string' ? value.trim() : ''
}

async function openDeposit(deps: Deps, call: Pick<BuiltinCall, 'tenantId' | 'instanceId'>) {
  return certificationDb(deps.db)
    .selectFrom('certification_deposits')
    .selectAll()
    .where('tenant_id', '=', call.tenantId)
    .where('instance_id', '=', call.instanceId)
    .where('status', '=', 'sent')
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
}

/**
 * certification.microDeposit: one random amount per visit of the node, whatever the attempts. The
 * deposit row is keyed by the visit (its automation id), the bank by the row, so a retried attempt or
 * a re-run outbox row sends nothing new. An earlier round's unverified deposit is superseded.
 */
export function microDepositBuiltin(
  deps: Deps,
  bank: BankAdapter,
  drawAmount: () => string = randomDepositAmount,
): Builtin {
  return async (call) => {
    const cdb = certificationDb(deps.db)
    const key = `${call.tenantId}:${call.instanceId}:${call.automationId}`
    const params = paramsOf(call)
    const account = normalizeBankAccount(field(call.values, params.accountField, 'bankAccountNumber'))
    const at = deps.now().toISOString()
    await cdb.transaction().execute(async (trx) => {
      const known = await trx
        .selectFrom('certification_deposits')
        .select('id')
        .where('idempotency_key', '=', key)
        .executeTakeFirst()
      if (known) return
      await trx
        .updateTable('certification_deposits')
        .set({ status: 'failed', updated_at: at })
        .where('tenant_id', '=', call.tenantId)
        .where('instance_id', '=', call.instanceId)
        .where('status', '=', 'sent')
        .execute()
      await trx
        .insertInto('certification_deposits')
        .values({
          id: newId('dep'),
          tenant_id: call.tenantId,
          instance_id: call.instanceId,
          idempotency_key: key,
          account_number: account,
          amount: drawAmount(),
          status: 'sent',
          wrong_attempts: 0,
          created_at: at,
          updated_at: at,
        })
        .execute()
    })
    const deposit = await cdb
      .selectFrom('certification_deposits')
      .selectAll()
      .where('idempotency_key', '=', key)
      .executeTakeFirstOrThrow()
    if (deposit.status !== 'sent') return { ok: true }
    const sent = await bank.sendDeposit({
      idempotencyKey: deposit.idempotency_key,
      accountNumber: deposit.account_number,
      accountName: field(call.values, params.accountNameField, 'bankAccountName'),
      bankName: field(call.values, params.bankNameField, 'bankName'),
      amount: deposit.amount,
    })
    if (sent.ok) return { ok: true }
    if (sent.final)
      await cdb
        .updateTable('certification_deposits')
        .set({ status: 'failed', updated_at: deps.now().toISOString() })
        .where('id', '=', deposit.id)
        .execute()
    return {
      ok: false,
      error: `银行打款失败 / the bank did not send the deposit: ${sent.error}`,
      final: sent.final,
    }
  }
}

/**
 * Wrong entries one deposit takes, whatever an edited app's retry policy says: 3 guesses at 100
 * possible amounts. Then the deposit is spent; only a new round (a new amount, after a new 初审) helps.
 */
export const wrongEntriesAllowed = 3

/**
 * certification.verifyDeposit: compares the applicant's entry with the deposit. A wrong amount is an
 * ordinary failure, so the node's retry policy (retryFrom the entry step, 3 attempts) and onFailure
 * decide what follows, except that the last allowed wrong entry is final; the error never names the
 * amount.
 */
export function verifyDepositBuiltin(deps: Deps): Builtin {
  return async (call) => {
    const deposit = await openDeposit(deps, call)
    if (!deposit)
      return { ok: false, error: '没有待核对的打款 / no deposit is waiting to be verified', final: true }
    const params = paramsOf(call)
    const entered = call.values[typeof params.amountField === 'string' ? params.amountField : 'depositAmount']
    const cdb = certificationDb(deps.db)
    const at = deps.now().toISOString()
    if (sameAmount(entered, deposit.amount)) {
      await cdb
        .updateTable('certification_deposits')
        .set({ status: 'verified', updated_at: at })
        .where('id', '=', deposit.id)
        .execute()
      return { ok: true }
    }
    const locked = deposit.wrong_attempts + 1 >= wrongEntriesAllowed
    await cdb
      .updateTable('certification_deposits')
      .set((eb) => ({
        wrong_attempts: eb('wrong_attempts', '+', 1),
        ...(locked ? { status: 'failed' as const } : {}),
        updated_at: at,
      }))
      .where('id', '=', deposit.id)
      .execute()
    if (!locked) return { ok: false, error: '打款金额不正确 / the amount does not match' }
    return {
      ok: false,
      error: `打款金额不正确，${wrongEntriesAllowed} 次机会已用完 / the amount does not match; no tries left for this deposit`,
      final: true,
    }
  }
}
