import type { AppDefinition } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { choiceOf, draftMatchesPublished, startersOf, withStarters } from './starters.ts'

const app = {
  key: 'leave',
  name: { 'zh-CN': '请假' },
  settings: { starters: { everyone: true }, serialNumber: { prefix: 'QJ' } },
  form: { fields: [{ id: 'reason', type: 'text' }] },
  flow: { nodes: [] },
} as unknown as AppDefinition

describe('starters', () => {
  it('turns a choice into the settings value and back', () => {
    const choice = { everyone: false, users: ['lisi'], departments: ['finance'], roles: [] }
    expect(startersOf(choice)).toEqual({ users: ['lisi'], departments: ['finance'] })
    expect(choiceOf(startersOf(choice) as never)).toEqual(choice)
    expect(startersOf({ ...choice, everyone: true })).toEqual({ everyone: true })
    expect(choiceOf({ everyone: true }).everyone).toBe(true)
    expect(choiceOf(undefined)).toEqual({ everyone: false, users: [], departments: [], roles: [] })
  })

  it('names nobody as no value at all', () => {
    expect(startersOf({ everyone: false, users: [], departments: [], roles: [] })).toBeUndefined()
  })

  it('keeps the rest of the definition when setting starters', () => {
    const changed = withStarters(app, { roles: ['hr'] })
    expect(changed.settings.starters).toEqual({ roles: ['hr'] })
    expect(changed.form).toBe(app.form)
    expect(app.settings.starters).toEqual({ everyone: true })
  })
})

describe('draftMatchesPublished', () => {
  it('ignores starters and key order, but sees any other change', () => {
    const reordered = JSON.parse(
      JSON.stringify({
        flow: app.flow,
        form: app.form,
        settings: { ...app.settings, starters: { users: ['x'] } },
        name: app.name,
        key: app.key,
      }),
    )
    expect(draftMatchesPublished(reordered, app)).toBe(true)
    const edited = {
      ...app,
      form: { fields: [{ id: 'reason', type: 'textarea' }] },
    } as unknown as AppDefinition
    expect(draftMatchesPublished(edited, app)).toBe(false)
    expect(draftMatchesPublished(app, undefined)).toBe(false)
  })
})
