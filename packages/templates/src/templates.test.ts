import { lintApp } from '@signoff/analysis'
import { validateApp } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { getTemplate, templateKeys, templates } from './templates.ts'
import { tenantDirectories } from './tenant-directories.ts'

describe('built-in templates', () => {
  it('lists the five templates in a stable order, each under its own key', () => {
    expect(templates.map((t) => t.key)).toEqual([
      'leave',
      'reimbursement',
      'procurement',
      'enterprise-certification',
      'individual-certification',
    ])
    for (const template of templates) expect(template.app.key).toBe(template.key)
  })

  it.each(templateKeys)('%s validates against the app schema', (key) => {
    const result = validateApp(getTemplate(key)?.app)
    expect(result.ok ? [] : result.issues).toEqual([])
  })

  it.each(templates)('$key lints clean against its tenant directory', ({ app, tenant }) => {
    expect(lintApp(app, { directory: tenantDirectories[tenant] })).toEqual([])
  })

  it('finds templates by key and nothing else', () => {
    expect(getTemplate('procurement')?.app.name['zh-CN']).toBe('采购')
    expect(getTemplate('expense')).toBeUndefined()
  })
})
