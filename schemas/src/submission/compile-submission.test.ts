import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Condition } from '../generated/types.ts'
import { compileSubmissionSchema as compileInBrowser } from './compile-submission.browser.ts'
import { compileSubmissionSchema as compileOnServer } from './compile-submission.ts'
import { badValue, formArbitrary, valuesFor } from './interpret/form-arbitrary.ts'
import { submissionSchema } from './submission-schema.ts'

const evaluate = (condition: Condition, values: Record<string, unknown>) =>
  (JSON.stringify(condition).length + Object.keys(values).length) % 2 === 0

// Browser builds check submissions with the interpreter (`#submission-compiler`), Node with Ajv's code;
// validator.ts reads either the same way, so both must answer alike, errors reset once values pass.
describe('the submission compiler of browser builds', () => {
  it('gives the verdicts and errors of the server’s, then clears them', () => {
    let invalid = 0
    fc.assert(
      fc.property(
        formArbitrary(4).chain((form) =>
          fc.tuple(
            fc.constant(form),
            valuesFor(form, (c) => evaluate(c, {})),
            badValue,
          ),
        ),
        ([form, good, bad]) => {
          const schema = submissionSchema(form)
          const [browser, server] = [compileInBrowser(schema, evaluate), compileOnServer(schema, evaluate)]
          for (const values of [bad, good, { ...(good as object), extra: bad }]) {
            expect(browser(values)).toBe(server(values))
            expect(browser.errors ?? null).toEqual(server.errors ?? null)
            if (server.errors) invalid++
          }
          server(good)
          if (browser(good)) expect(browser.errors).toBeNull()
        },
      ),
      { numRuns: 30 },
    )
    expect(invalid).toBeGreaterThan(10)
  })
})
