import { describe, expect, it } from 'vitest'
import { compactEvent, hashBytes, hashHex, restoreEvent } from './event-storage.ts'

const row = { seq: 3, type: 'approve', actor: 'lisi', at: '2026-11-23T09:00:00.000Z' }
const event = { type: 'approve', actor: 'lisi', taskId: 't3', at: row.at, expectedVersion: 2 }
const timeline = {
  version: 3,
  at: row.at,
  actor: 'lisi',
  type: 'approve',
  taskId: 't3',
  text: { 'zh-CN': '李四 同意', en: 'Li Si approved' },
  notes: [],
}
const roundTrip = (e: object, t: object) => {
  const stored = compactEvent(row, e, t)
  const text = JSON.parse(JSON.stringify(stored))
  return { stored, read: restoreEvent(row, text.event, text.timeline) }
}

describe('the stored form of an event row', () => {
  it('leaves out what the columns and the event hold and reads back the same documents', () => {
    const { stored, read } = roundTrip(event, timeline)
    expect(stored.event).toEqual({ taskId: 't3' })
    expect(stored.timeline).toEqual({ text: timeline.text, notes: [] })
    expect(read).toEqual({ event, timeline })
  })

  it('keeps a value that differs from what reads back, and never invents a key the original lacks', () => {
    const late = { ...event, expectedVersion: 1, actor: 'wangwu' }
    expect(roundTrip(late, timeline).stored.event).toEqual({
      taskId: 't3',
      expectedVersion: 1,
      actor: 'wangwu',
    })
    expect(roundTrip(late, timeline).read.event).toEqual(late)
    // A system event has no actor, an entry need not name the event's task: both stay absent.
    const { actor: _, ...system } = event
    const { taskId: __, ...untasked } = timeline
    const optional = roundTrip(system, untasked)
    expect(optional.stored).toEqual({
      event: { taskId: 't3', actor: null },
      timeline: { taskId: null, text: timeline.text, notes: [] },
    })
    expect(optional.read).toEqual({ event: system, timeline: untasked })
    // An entry naming a task the event does not is kept as it is.
    const { taskId: ___, ...comment } = event
    expect(roundTrip(comment, timeline).read).toEqual({ event: comment, timeline })
  })

  it('stores whole a document missing a required key, holding null where a key may be absent or the marker', () => {
    const { expectedVersion: _, ...unversioned } = event
    const { stored, read } = roundTrip(unversioned, timeline)
    expect(stored.event).toEqual({ '~': unversioned })
    expect(read.event).toEqual(unversioned)
    for (const odd of [
      { ...event, actor: null },
      { ...event, '~': 1 },
    ]) {
      expect(roundTrip(odd, timeline).stored.event).toEqual({ '~': odd })
      expect(roundTrip(odd, timeline).read.event).toEqual(odd)
    }
    const nullTask = { ...timeline, taskId: null }
    expect(roundTrip(event, nullTask).read.timeline).toEqual(nullTask)
  })

  it('stores a hash as its 32 bytes', () => {
    const hex = 'ab'.repeat(32)
    expect(hashBytes(hex)).toHaveLength(32)
    expect(hashHex(hashBytes(hex))).toBe(hex)
  })
})
