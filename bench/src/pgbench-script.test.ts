import { describe, expect, it } from 'vitest'
import { pgbenchScript, pgbenchStatement } from './pgbench-script.ts'

const keep = new Set(['app_00000000000000000000'])

describe('pgbench statements', () => {
  it('inlines parameters as literals, $10 not read as $1 followed by 0', () => {
    const parameters = ['a', 2, null, true, "it's", 6, 7, 8, 9, 'ten']
    const sql = `select $1, $2, $3, $4, $5, $10 from t where x = $6`
    expect(pgbenchStatement({ sql, parameters }, keep)).toBe(
      `select 'a', 2, null, true, 'it''s', 'ten' from t where x = 6;`,
    )
  })

  it('makes generated ids and serial numbers unique per client and run, but not the kept ones', () => {
    const statement = pgbenchStatement(
      {
        sql: 'insert into instances (id, app_id, serial_number, state) values ($1, $2, $3, $4)',
        parameters: [
          'ins_0123456789abcdef0123',
          'app_00000000000000000000',
          'CG-20261123-0001',
          '{"task":"task_0123456789abcdef0123"}',
        ],
      },
      keep,
    )
    expect(statement).toBe(
      `insert into instances (id, app_id, serial_number, state) values ('ins_0123456789abcdef0123-:client_id-:n', 'app_00000000000000000000', 'CG-20261123-0001-:client_id-:n', '{"task":"task_0123456789abcdef0123-:client_id-:n"}');`,
    )
  })

  it('starts each run with a fresh :n and a copy of the quote', () => {
    const script = pgbenchScript({
      statements: [{ sql: 'begin', parameters: [] }],
      quoteId: 'att_00000000000000000002',
      keep,
    }).split('\n')
    expect(script[0]).toBe('\\set n random(1, 2000000000)')
    expect(script[1]).toContain(`'att_00000000000000000002' || '-:client_id-:n'`)
    expect(script[2]).toBe('begin;')
  })
})
