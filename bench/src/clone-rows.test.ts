import { describe, expect, it } from 'vitest'
import { cloner, readTemplate } from './clone-rows.ts'
import { inProcessClients } from './in-process-client.ts'
import { completeProcurement, procurementApp, tenantId, uploadQuote } from './procurement.ts'
import { openBenchDb } from './signoff-db.ts'

describe('copies of an instance', () => {
  it('are instances the runtime reads like its own: fresh ids, same tasks, a hash chain that verifies', async () => {
    const bench = await openBenchDb({ synchronous: 'NORMAL' })
    try {
      const app = await procurementApp(bench.db)
      const quote = await uploadQuote(
        bench.db,
        'zhangsan',
        'att_0123456789abcdef0123',
        '2026-03-02T08:00:00.000Z',
      )
      const { instanceId } = await completeProcurement(
        bench.deps,
        app,
        'zhangsan',
        quote,
        () => {},
        'departmentApproval',
      )
      const template = readTemplate(bench.raw, tenantId, instanceId, new Set([app.appId]))
      const clone = cloner(bench.raw)
      clone(template, 60_000)
      clone(template, 120_000)
      const rows = bench.raw
        .prepare('select id, serial_number, created_at from instances order by created_at')
        .all() as { id: string; serial_number: string; created_at: string }[]
      expect(rows).toHaveLength(3)
      expect(new Set(rows.map((row) => row.id)).size).toBe(3)
      expect(new Set(rows.map((row) => row.serial_number)).size).toBe(3)
      const copy = rows[0] as (typeof rows)[number]
      expect(copy.id).toMatch(/^ins_[0-9a-f]{20}$/)

      const clients = await inProcessClients(bench.deps, ['zhangsan', 'qianqi'])
      const as = (login: string) => {
        const client = clients.get(login)
        if (!client) throw new Error(`no client for ${login}`)
        return client
      }
      const seen = await as('zhangsan')(`/api/v1/instances/${copy.id}`)
      expect(seen.status).toBe(200)
      expect(seen.body).toMatchObject({ id: copy.id, status: 'running', chainVerified: true })
      const inbox = await as('qianqi')('/api/v1/tasks?box=todo')
      expect(
        (inbox.body as { items: { instanceId: string }[] }).items.map((item) => item.instanceId).sort(),
      ).toEqual(rows.map((row) => row.id).sort())
    } finally {
      await bench.close()
    }
  })
})
