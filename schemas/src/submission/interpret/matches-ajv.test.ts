import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Condition, FormDefinition } from '../../generated/types.ts'
import { submissionSchema } from '../submission-schema.ts'
import { field, formOf, zh } from '../test-forms.ts'
import { createSubmissionAjv } from '../validator.ts'
import { badValue, formArbitrary, valuesFor } from './form-arbitrary.ts'
import { interpretSubmissionSchema } from './interpret.ts'

// The evaluator for conditions a schema cannot express: any pure function of the values will do.
const evaluate = (condition: Condition, values: Record<string, unknown>) =>
  (JSON.stringify(condition).length + Object.keys(values).length) % 2 === 0
const evaluateAny = (condition: Condition) => evaluate(condition, {})

const strip = (errors: readonly object[] | null | undefined) =>
  ((errors ?? []) as Record<string, unknown>[]).map(
    ({ instancePath, schemaPath, keyword, params, message, schema, data }) => ({
      instancePath,
      schemaPath,
      keyword,
      params,
      message,
      schema,
      data,
    }),
  )

// Compiling with Ajv is the slow part: once per form.
const compiled = new WeakMap<FormDefinition, ReturnType<typeof compile>>()
function compile(form: FormDefinition) {
  const schema = submissionSchema(form)
  return {
    ajv: createSubmissionAjv(evaluate).compile(schema),
    interpreted: interpretSubmissionSchema(schema, { evaluateCondition: evaluate }),
  }
}

/** Both validators' verdict and errors (every field Ajv reports, in its order) for one value. */
function both(form: FormDefinition, value: unknown) {
  const { ajv, interpreted } = compiled.get(form) ?? compile(form)
  compiled.set(form, { ajv, interpreted })
  const ajvValid = ajv(value)
  const valid = interpreted(value)
  return {
    ajv: { valid: ajvValid, errors: strip(ajv.errors) },
    interpreted: { valid, errors: strip(interpreted.errors) },
  }
}

const pairs = (errors: readonly { instancePath: unknown; keyword: unknown }[]) =>
  new Set(errors.map((e) => `${String(e.instancePath)} ${String(e.keyword)}`))

describe('the interpreter agrees with Ajv', () => {
  it('on random forms with valid samples and mutated values', { timeout: 180_000 }, () => {
    const formAndValues = formArbitrary().chain((form) =>
      fc
        .array(valuesFor(form, evaluateAny), { minLength: 1, maxLength: 10 })
        .map((values) => ({ form, values })),
    )
    let invalid = 0
    fc.assert(
      fc.property(formAndValues, ({ form, values }) => {
        for (const value of values) {
          const { ajv, interpreted } = both(form, value)
          expect(interpreted.valid).toBe(ajv.valid)
          expect(pairs(interpreted.errors)).toEqual(pairs(ajv.errors))
          // Stronger than the set: the same errors in the same order (the renderer keeps each field's first).
          expect(interpreted.errors).toEqual(ajv.errors)
          if (!ajv.valid) invalid++
        }
      }),
      // Each form costs two Ajv compilations (its samples and the comparison); INTERPRET_RUNS=500 for a long run.
      { numRuns: Number(process.env.INTERPRET_RUNS ?? 50) },
    )
    // The generator must reach both verdicts, or the comparison proves little.
    expect(invalid).toBeGreaterThan(50)
  })

  it('on any JSON value for a form of every field type', () => {
    const everyType = formOf(
      field('text', 't', { required: true, minLength: 2, maxLength: 4, pattern: '^\\p{Lu}+$' }),
      field('money', 'm', { min: '0.01', max: '500', precision: 2 }),
      field('number', 'n', { min: 0, max: 10, precision: 1 }),
      field('date', 'd', { min: '2024-01-01', max: '2024-12-31' }),
      field('dateRange', 'r', { halfDay: true, maxDays: 5 }),
      field('checkbox', 'c', { options: [{ value: 'a', label: zh('a') }], required: true }),
      field('attachment', 'a', { accept: ['.pdf', 'image/*'], maxCount: 2 }),
      field('member', 'p', { multiple: true }),
      field('phone', 'ph', { kind: 'mobile', visibleWhen: { field: 'm', op: 'gt', value: '100' } }),
      field('table', 'rows', { columns: [field('money', 'x', { required: true })], maxRows: 2 }),
    )
    fc.assert(
      fc.property(
        // Keys an object inherits ("constructor", "__proto__") too: both read properties as Ajv's code does.
        fc.dictionary(
          fc.constantFrom(
            't',
            'm',
            'n',
            'd',
            'r',
            'c',
            'a',
            'p',
            'ph',
            'rows',
            'z',
            'constructor',
            '__proto__',
          ),
          badValue,
        ),
        (value) => {
          const { ajv, interpreted } = both(everyType, value)
          expect(interpreted).toEqual(ajv)
        },
      ),
      { numRuns: 500 },
    )
  })
})
