import { evaluateCondition, type Initiator } from '@signoff/expression'
import { createSubmissionValidator } from '@signoff/schemas'
import { sampleSubmissions, templates } from '@signoff/templates'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mutate, mutationArbitrary } from './mutate.ts'

const runs = Number(process.env.ROBUSTNESS_RUNS ?? 300)
const initiator: Initiator = {
  id: 'zhangsan',
  department: 'brand',
  departments: ['brand', 'marketing', 'root'],
  roles: [],
}

describe('submissions mutated at random', () => {
  for (const { key, app } of templates) {
    const validate = createSubmissionValidator(app.form, {
      evaluateCondition: (condition, values) =>
        evaluateCondition(condition, app.form, { values, initiator, today: '2026-11-23' }),
    })

    it(`accepts the ${key} sample as it is`, () => {
      const result = validate(sampleSubmissions[key].values)
      expect(result.ok ? [] : result.issues).toEqual([])
    })

    it(`validation of ${key} never throws and always names where the problem is`, () => {
      fc.assert(
        fc.property(fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), (mutations) => {
          const result = validate(mutate(sampleSubmissions[key].values, mutations))
          if (result.ok) return
          expect(result.issues.length).toBeGreaterThan(0)
          for (const issue of result.issues) {
            expect(issue.path === '' || issue.path.startsWith('/')).toBe(true)
            expect(issue.message.length).toBeGreaterThan(0)
          }
        }),
        { numRuns: runs },
      )
    })
  }
})
