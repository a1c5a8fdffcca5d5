import { type AppDefinition, validateApp } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { bigApp, bigFlow } from '../browser/flow-fixture.ts'
import { rjsfSchema, signoffForm } from '../browser/form-fixture.ts'

const withForm = (app: AppDefinition, fields: AppDefinition['form']['fields']) => ({
  ...app,
  form: { ...app.form, fields },
})

describe('browser workload fixtures', () => {
  it('generates a valid form of the asked size with 20 rules on amount, and the same fields for rjsf', () => {
    const form = signoffForm(300)
    expect(form.fields).toHaveLength(300)
    expect(validateApp(withForm(bigApp(0), form.fields))).toMatchObject({ ok: true })
    const rules = form.fields.filter(
      (field) =>
        field.type === 'formula' || field.visibleWhen !== undefined || field.requiredWhen !== undefined,
    )
    expect(rules).toHaveLength(20)
    const { schema } = rjsfSchema(form)
    expect(Object.keys(schema.properties as object)).toEqual(form.fields.map((field) => field.id))
    expect(schema.allOf).toHaveLength(5)
  })

  it('generates a flow of about the asked size, valid up to the schema limit of 300 nodes', () => {
    const flow = bigFlow(500)
    expect(flow.nodes.length).toBeGreaterThan(495)
    expect(flow.nodes.length).toBeLessThanOrEqual(500)
    // Workload 6 drags on 500 nodes as the issue asks, past what a definition may hold (300 nodes).
    expect(validateApp({ ...bigApp(200), flow: bigFlow(300) })).toMatchObject({ ok: true })
    expect(bigApp(200).form.fields).toHaveLength(201)
  })
})
