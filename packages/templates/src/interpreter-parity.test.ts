import {
  type Condition,
  createSubmissionAjv,
  interpretSubmissionSchema,
  submissionSchema,
} from '@signoff/schemas'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sampleSubmissions } from './samples.ts'
import { templates } from './templates.ts'

// Conditions only an evaluator decides (initiator, CEL): any pure function of the condition and values.
const evaluateCondition = (condition: Condition, values: Record<string, unknown>) =>
  (JSON.stringify(condition).length + Object.keys(values).length) % 2 === 0

const strip = (errors: readonly object[] | null | undefined) =>
  ((errors ?? []) as Record<string, unknown>[]).map(
    ({ instancePath, schemaPath, keyword, params, message }) => ({
      instancePath,
      schemaPath,
      keyword,
      params,
      message,
    }),
  )

const odd = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x', 0, -1, 1.5, '12.345', '-1', '2024-02-30', [], {}, ['a', 'a']),
  fc.jsonValue({ maxDepth: 2 }),
)

// A template's realistic submission, with some of its fields (or of its table rows) changed.
const mutated = (values: Record<string, unknown>) => {
  const keys = [...Object.keys(values), 'unknown']
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), fc.nat(3), fc.string({ maxLength: 8 }), odd), { maxLength: 4 })
    .map((changes) => {
      const copy: Record<string, unknown> = structuredClone(values)
      for (const [key, row, column, value] of changes) {
        const rows = copy[key]
        if (Array.isArray(rows) && rows[row] && typeof rows[row] === 'object')
          (rows[row] as Record<string, unknown>)[column] = value
        else copy[key] = value
      }
      return copy
    })
}

describe.each(templates.map((template) => [template.key, template] as const))(
  'the %s form: interpreter and Ajv agree',
  (key, { app }) => {
    it('on its sample submission and mutations of it', () => {
      const schema = submissionSchema(app.form)
      const ajv = createSubmissionAjv(evaluateCondition).compile(schema)
      const interpreted = interpretSubmissionSchema(schema, { evaluateCondition })
      const sample = sampleSubmissions[key].values
      expect(interpreted(sample)).toBe(ajv(sample))
      fc.assert(
        fc.property(mutated(sample), (values) => {
          expect(interpreted(values)).toBe(ajv(values))
          expect(strip(interpreted.errors)).toEqual(strip(ajv.errors))
        }),
        { numRuns: 300 },
      )
    })
  },
)
