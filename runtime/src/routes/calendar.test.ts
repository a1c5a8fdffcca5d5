import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appIdOf, sessions, start } from '../testing/flows.ts'
import { type Session, type TestServer, testServer } from '../testing/harness.ts'

let server: TestServer
let as: (login: string) => Promise<Session>

beforeAll(async () => {
  server = await testServer()
  as = sessions(server)
})
afterAll(() => server.close())

// National Day week 2026: 10-01..10-08 off, Saturday 10-10 worked instead (调休).
const nationalDay = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'],
  workdays: ['2026-10-10'],
}

async function leaveOverNationalDay() {
  const leave = await appIdOf(await as('admin'), 'leave')
  const response = await start(await as('zhangsan'), leave, {
    leaveType: 'annual',
    period: { start: '2026-09-30', end: '2026-10-10' },
    reason: '国庆回老家。',
    delegate: 'lisi',
  })
  expect(response.status).toBe(201)
  return response.json()
}

const put = async (login: string, json: unknown) =>
  (await as(login)).request('PUT', '/api/v1/org/calendar', { json })

describe('work calendar', () => {
  it('is for org admins only, and a bad calendar is a 400 at the offending path', async () => {
    expect((await (await as('zhangsan')).request('GET', '/api/v1/org/calendar')).status).toBe(403)
    expect((await put('zhangsan', nationalDay)).status).toBe(403)
    expect(await (await (await as('admin')).request('GET', '/api/v1/org/calendar')).json()).toEqual({
      holidays: [],
      workdays: [],
    })
    for (const [body, path] of [
      [{ holidays: ['2026-13-01'] }, '/holidays/0'],
      [{ holidays: ['2026-10-01', '2026-10-01'] }, '/holidays'],
      [{ workdays: 'x' }, '/workdays'],
      [{ weekends: [] }, '/weekends'],
    ] as const) {
      const response = await put('admin', body)
      expect(response.status).toBe(400)
      expect((await response.json()).error.path).toBe(path)
    }
  })

  it('makes leaveDays skip holidays and count make-up workdays, so a short leave asks only the supervisor', async () => {
    const before = await leaveOverNationalDay()
    expect(Number(before.values.duration)).toBe(8)

    const saved = await put('admin', nationalDay)
    expect(saved.status).toBe(200)
    expect(await saved.json()).toEqual({ ...nationalDay, holidays: [...nationalDay.holidays].sort() })
    const directory = await (await (await as('zhangsan')).request('GET', '/api/v1/directory')).json()
    expect(directory.calendar).toEqual(nationalDay)

    const instance = await leaveOverNationalDay()
    expect(Number(instance.values.duration)).toBe(3)
    const todo = await (await (await as('lisi')).request('GET', '/api/v1/tasks?box=todo')).json()
    const task = todo.items.find((item: { instanceId: string }) => item.instanceId === instance.id)
    const approved = await (await as('lisi')).request('POST', `/api/v1/tasks/${task.id}/approve`, {
      json: {},
    })
    expect(approved.status).toBe(200)
    const after = await approved.json()
    expect(after.status).toBe('approved')
    const deciders = after.tasks
      .filter((t: { kind: string }) => t.kind === 'approve')
      .map((t: { assignee: string }) => t.assignee)
    expect(deciders).toEqual(['lisi'])
  })
})
