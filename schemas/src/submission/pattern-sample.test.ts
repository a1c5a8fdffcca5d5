import { describe, expect, it } from 'vitest'
import { patternSample } from './pattern-sample.ts'

describe('patternSample', () => {
  it.each([
    '^[A-Za-z0-9][A-Za-z0-9-]{2,31}$',
    '^YS-\\d{4}-\\d{3}$',
    '^(CG|PO)-\\d{6}$',
    '^[^\\s]+$',
    '^\\w+@corp\\.example$',
    '^(?:A|B)?\\d+$',
    '^1[3-9]\\d{9}$',
  ])('makes a string %s accepts', (pattern) => {
    const sample = patternSample(pattern)
    expect(sample).toBeDefined()
    expect(new RegExp(pattern, 'u').test(sample ?? '')).toBe(true)
  })

  it('reaches a minimum length with repeatable parts', () => {
    const sample = patternSample('^[a-z]+$', 5)
    expect(sample?.length).toBeGreaterThanOrEqual(5)
  })

  it.each(['^(?=a)a$', '^(a)\\1$', '^\\bword$', '[', '^a{2}$|('])('gives up on %s', (pattern) => {
    expect(patternSample(pattern)).toBeUndefined()
  })
})
