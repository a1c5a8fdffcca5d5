import type { Db } from '../db/database.ts'

/** The stand-in user on the platform tenant through whom an organization's member applies. */
export type CertificationApplicantTable = {
  org_tenant_id: string
  org_user_id: string
  platform_tenant_id: string
  platform_user_id: string
  created_at: string
}

/** sent: awaiting the applicant's entry · verified: matched · failed: out of attempts (a new round sends anew). */
export type DepositStatus = 'sent' | 'verified' | 'failed'

/** The amount never leaves the server: no view, log line or event carries it. */
export type CertificationDepositTable = {
  id: string
  tenant_id: string
  instance_id: string
  idempotency_key: string
  account_number: string
  amount: string
  status: DepositStatus
  wrong_attempts: number
  created_at: string
  updated_at: string
}

export type SimulatedBankTransferTable = {
  idempotency_key: string
  account_number: string
  account_name: string
  amount: string
  currency: string
  created_at: string
}

export type TenantCertificationTable = {
  tenant_id: string
  level: string
  credit_code: string
  enterprise_name: string
  certified_at: string
  app_id: string
  app_version: number
  instance_id: string
}

export type CertificationTables = {
  certification_applicants: CertificationApplicantTable
  certification_deposits: CertificationDepositTable
  simulated_bank_transfers: SimulatedBankTransferTable
  tenant_certifications: TenantCertificationTable
}

/** The database with the certification tables (migration 0006), which only this module uses. */
export function certificationDb(db: Db) {
  return db.withTables<CertificationTables>()
}
