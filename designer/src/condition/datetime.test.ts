import { describe, expect, it } from 'vitest'
import { toLocalInput, toOffsetDateTime } from './datetime.ts'

describe('datetime values', () => {
  it('appends the offset the condition schema needs', () => {
    expect(toOffsetDateTime('2024-05-01T09:00', 480)).toBe('2024-05-01T09:00+08:00')
    expect(toOffsetDateTime('2024-05-01T09:00', -330)).toBe('2024-05-01T09:00-05:30')
    expect(toOffsetDateTime('2024-05-01T09:00', 0)).toBe('2024-05-01T09:00+00:00')
  })
  it('reads a stored value back into the input', () => {
    expect(toLocalInput('2024-05-01T09:00:30+08:00')).toBe('2024-05-01T09:00')
    expect(toLocalInput(undefined)).toBe('')
  })
})
