import type { Deps } from '../deps.ts'
import type { BuiltinRegistry } from '../scheduler/builtins.ts'
import { type BankAdapter, simulatedBank } from './bank-adapter.ts'
import { microDepositBuiltin, verifyDepositBuiltin } from './deposits.ts'
import { faceVerificationBuiltin } from './face.ts'
import { grantBuiltin } from './grant.ts'
import { withNotices } from './notices.ts'
import { precheckBuiltin } from './precheck.ts'
import { simulatedVerification, type VerificationAdapter } from './verification-adapter.ts'

export interface CertificationAdapters {
  bank: BankAdapter
  verification: VerificationAdapter
  /** Where deposit amounts come from: the CSPRNG, unless a test needs to know the amount to look for. */
  drawAmount: () => string
}

/** The certification apps' builtins by the names their automation nodes call; simulated adapters by default. */
export function certificationBuiltins(
  deps: Deps,
  adapters: Partial<CertificationAdapters> = {},
): BuiltinRegistry {
  const bank = adapters.bank ?? simulatedBank(deps.db, deps.now)
  const verification = adapters.verification ?? simulatedVerification()
  const builtins: BuiltinRegistry = {
    'certification.precheck': precheckBuiltin(deps),
    'certification.microDeposit': microDepositBuiltin(deps, bank, adapters.drawAmount),
    'certification.verifyDeposit': verifyDepositBuiltin(deps),
    'certification.grant': grantBuiltin(deps),
    'verification.face': faceVerificationBuiltin(verification),
  }
  return withNotices(deps.db, deps.now, builtins, {
    'certification.precheck': 'certification.precheckPassed',
    'certification.microDeposit': 'certification.depositSent',
    'certification.verifyDeposit': 'certification.depositVerified',
    'certification.grant': 'certification.granted',
    'verification.face': 'certification.faceVerified',
  })
}
