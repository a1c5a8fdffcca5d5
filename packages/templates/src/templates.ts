import type { AppDefinition } from '@signoff/schemas'
import enterpriseCertification from '../apps/enterprise-certification.json' with { type: 'json' }
import individualCertification from '../apps/individual-certification.json' with { type: 'json' }
import leave from '../apps/leave.json' with { type: 'json' }
import procurement from '../apps/procurement.json' with { type: 'json' }
import reimbursement from '../apps/reimbursement.json' with { type: 'json' }

/** The order the designer's "new from template" list shows them in. */
export const templateKeys = [
  'leave',
  'reimbursement',
  'procurement',
  'enterprise-certification',
  'individual-certification',
] as const

export type TemplateKey = (typeof templateKeys)[number]

/** organization: runs inside each organization; platform: runs on the platform tenant on behalf of organizations. */
export type TemplateTenant = 'organization' | 'platform'

export interface Template {
  key: TemplateKey
  tenant: TemplateTenant
  app: AppDefinition
}

// JSON imports widen literals (kind: string), so the files are asserted to the contract here;
// templates.test.ts validates every one of them against the schema.
const definitions = {
  leave: { tenant: 'organization', app: leave as AppDefinition },
  reimbursement: { tenant: 'organization', app: reimbursement as AppDefinition },
  procurement: { tenant: 'organization', app: procurement as AppDefinition },
  'enterprise-certification': { tenant: 'platform', app: enterpriseCertification as AppDefinition },
  'individual-certification': { tenant: 'platform', app: individualCertification as AppDefinition },
} satisfies Record<TemplateKey, Omit<Template, 'key'>>

export const templates: readonly Template[] = templateKeys.map((key) => ({ key, ...definitions[key] }))

export function isTemplateKey(key: string): key is TemplateKey {
  return (templateKeys as readonly string[]).includes(key)
}

export function getTemplate(key: string): Template | undefined {
  return templates.find((template) => template.key === key)
}
