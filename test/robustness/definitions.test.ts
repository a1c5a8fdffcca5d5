import { diffApps, lintApp } from '@signoff/analysis'
import { type AppDefinition, validateApp } from '@signoff/schemas'
import { templates, tenantDirectories } from '@signoff/templates'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mutate, mutationArbitrary } from './mutate.ts'

const runs = Number(process.env.ROBUSTNESS_RUNS ?? 300)

describe('definitions mutated at random', () => {
  for (const { key, app, tenant } of templates) {
    it(`lint of ${key} never throws and every finding points into the document`, () => {
      fc.assert(
        fc.property(fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (mutations) => {
          const broken = mutate(app, mutations)
          const findings = lintApp(broken, { directory: tenantDirectories[tenant] })
          for (const finding of findings) {
            expect(finding.path === '' || finding.path.startsWith('/')).toBe(true)
            expect(finding.code).toMatch(/^[a-z]+(\.[A-Za-z]+)+$/)
            expect(finding.message.length).toBeGreaterThan(0)
            expect(finding.messageZh.length).toBeGreaterThan(0)
          }
          // A definition that passes the schema and lint without errors must still be a valid app.
          if (!findings.some((f) => f.severity === 'error')) expect(validateApp(broken).ok).toBe(true)
          expect(({} as Record<string, unknown>).x).toBeUndefined()
        }),
        { numRuns: runs },
      )
    })

    it(`diff of ${key} against any valid mutation never throws`, () => {
      fc.assert(
        fc.property(fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), (mutations) => {
          const changed = validateApp(mutate(app, mutations))
          if (!changed.ok) return
          const diff = diffApps(app as AppDefinition, changed.value)
          expect(diff.summary.en.length).toBe(diff.summary.zh.length)
        }),
        { numRuns: runs },
      )
    })
  }
})
