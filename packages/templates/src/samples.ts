import enterpriseCertification from '../samples/enterprise-certification.json' with { type: 'json' }
import individualCertification from '../samples/individual-certification.json' with { type: 'json' }
import leave from '../samples/leave.json' with { type: 'json' }
import procurement from '../samples/procurement.json' with { type: 'json' }
import reimbursement from '../samples/reimbursement.json' with { type: 'json' }
import type { TemplateKey } from './templates.ts'

/** A realistic, valid submission of a template: who starts it and the form values (formulas omitted: the system computes them). */
export interface SampleSubmission {
  initiator: string
  values: Record<string, unknown>
}

export const sampleSubmissions: Readonly<Record<TemplateKey, SampleSubmission>> = {
  leave,
  reimbursement,
  procurement,
  'enterprise-certification': enterpriseCertification,
  'individual-certification': individualCertification,
}
