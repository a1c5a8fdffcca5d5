import type { Db } from '../db/database.ts'
import { certificationDb } from './tables.ts'

export interface DepositRequest {
  /** The same key for the same deposit: a bank adapter must send at most once per key. */
  idempotencyKey: string
  accountNumber: string
  accountName: string
  bankName: string
  /** Exact decimal text in CNY, e.g. "0.37". */
  amount: string
}

export type DepositResult = { ok: true } | { ok: false; error: string; final: boolean }

/**
 * Where micro-deposits leave the platform. A real bank's adapter goes here; `final` tells a refusal
 * (closed or unknown account: the applicant must fix it) from a fault worth retrying.
 */
export interface BankAdapter {
  sendDeposit: (request: DepositRequest) => Promise<DepositResult>
}

/** The default: a ledger table standing in for the bank, one row per idempotency key. */
export function simulatedBank(db: Db, now: () => Date): BankAdapter {
  return {
    async sendDeposit(request) {
      await certificationDb(db)
        .insertInto('simulated_bank_transfers')
        .values({
          idempotency_key: request.idempotencyKey,
          account_number: request.accountNumber,
          account_name: request.accountName,
          amount: request.amount,
          currency: 'CNY',
          created_at: now().toISOString(),
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .execute()
      return { ok: true }
    },
  }
}
