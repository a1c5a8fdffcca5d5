import type { Deps } from '../deps.ts'
import type { Builtin } from '../scheduler/builtins.ts'
import { applicantOrgOf } from './applicant-org.ts'
import { findingsText } from './findings.ts'
import { paramsOf } from './params.ts'
import { precheckFindings, precheckParams } from './precheck-rules.ts'
import { certificationDb } from './tables.ts'

/**
 * certification.precheck: formats, check characters, files, industry permit and a credit code no other
 * organization holds. Findings are final: the node's onFailure returns the application with all of them.
 */
export function precheckBuiltin(deps: Deps): Builtin {
  return async (call) => {
    const params = precheckParams(paramsOf(call))
    const org = await applicantOrgOf(deps.db, call.tenantId, call.instanceId)
    const code =
      typeof call.values[params.creditCodeField] === 'string' ? call.values[params.creditCodeField] : ''
    let holders = certificationDb(deps.db)
      .selectFrom('tenant_certifications')
      .select('tenant_id')
      .where('credit_code', '=', String(code).trim().toUpperCase())
    if (org) holders = holders.where('tenant_id', '!=', org.orgTenantId)
    const taken = (await holders.executeTakeFirst()) !== undefined
    const today = deps.now().toISOString().slice(0, 10)
    const findings = precheckFindings(call.values, params, { today, codeTaken: taken })
    return findings.length === 0 ? { ok: true } : { ok: false, error: findingsText(findings), final: true }
  }
}
